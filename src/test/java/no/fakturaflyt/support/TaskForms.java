package no.fakturaflyt.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FormService;

/**
 * What Tasklist gets for a task's Camunda Form: the deployed form JSON and the variables. The markdown of the
 * {@code text} components is filled in the way the form's templating does it ({@code {{name}}} replaced by the
 * variable's value), so a test can see what would be rendered as markdown and HTML.
 */
public final class TaskForms {

    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private TaskForms() {
    }

    /** The deployed form of the task. */
    public static JsonNode form(FormService formService, String taskId) {
        try (InputStream in = formService.getDeployedTaskForm(taskId)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode read(InputStream in) {
        try (in) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The markdown of every text component, its templates filled with {@code variables}. */
    public static List<String> renderedTexts(JsonNode form, Map<String, Object> variables) {
        List<String> texts = new ArrayList<>();
        for (JsonNode component : texts(form)) {
            Matcher m = TEMPLATE.matcher(component.path("text").asText());
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                Object value = variables.get(m.group(1));
                m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : String.valueOf(value)));
            }
            m.appendTail(out);
            texts.add(out.toString());
        }
        return texts;
    }

    /** The variable names the text components put into their markdown. */
    public static Set<String> templatedVariables(JsonNode form) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode component : texts(form)) {
            Matcher m = TEMPLATE.matcher(component.path("text").asText());
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** The component bound to {@code key}, or a missing node. */
    public static JsonNode field(JsonNode form, String key) {
        for (JsonNode component : form.path("components")) {
            if (key.equals(component.path("key").asText(null))) {
                return component;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static List<JsonNode> texts(JsonNode form) {
        List<JsonNode> texts = new ArrayList<>();
        for (JsonNode component : form.path("components")) {
            if ("text".equals(component.path("type").asText())) {
                texts.add(component);
            }
        }
        return texts;
    }
}
