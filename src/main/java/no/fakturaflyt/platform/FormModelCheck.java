package no.fakturaflyt.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a Camunda Form may hold: the fields Tasklist renders itself. Refused are the components that bring content of
 * their own into the clerk's browser (HTML, an iframe, a script, an image from anywhere) and anything unknown.
 */
final class FormModelCheck {

    private static final Set<String> COMPONENTS = Set.of("default", "text", "textfield", "textarea", "number",
            "datetime", "checkbox", "checklist", "radio", "select", "taglist", "group", "dynamiclist", "separator",
            "spacer", "button", "table", "expression");
    private static final ObjectMapper JSON = new ObjectMapper();

    List<ModelProblem> problems(byte[] form) {
        List<ModelProblem> problems = new ArrayList<>();
        try {
            walk(JSON.readTree(form), problems);
        } catch (IOException e) {
            problems.add(new ModelProblem("The form is no valid JSON: " + e.getMessage(), 0, 0, null));
        }
        return problems;
    }

    private void walk(JsonNode component, List<ModelProblem> problems) {
        String type = component.path("type").asText("");
        if (!COMPONENTS.contains(type)) {
            String id = component.path("id").asText(null);
            problems.add(new ModelProblem("Form component '" + id + "' is of the type '" + type + "', which forms may "
                    + "not use (allowed: " + COMPONENTS.stream().sorted().toList() + ")", 0, 0, id));
        }
        for (JsonNode child : component.path("components")) {
            walk(child, problems);
        }
    }
}
