package no.fakturaflyt.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * What a DMN model may do: decide in FEEL. Refused: any other expression language (JUEL, JavaScript, Groovy …) on the
 * model, a decision, an input, an output or a rule, FEEL functions defined in the model (and so FEEL's external Java
 * functions, which the engine also has switched off), and Camunda attributes other than those our decisions use.
 */
final class DmnModelCheck {

    static final Set<String> CAMUNDA = Set.of("http://camunda.org/schema/1.0/dmn");
    private static final Set<String> CAMUNDA_ATTRIBUTES = Set.of("historyTimeToLive", "versionTag", "inputVariable");
    /** The names of FEEL the DMN engine knows: its short names and the URIs of the DMN versions. */
    private static final Pattern FEEL = Pattern.compile(
            "feel|feel-scala|https?://www\\.omg\\.org/spec/(feel/\\d{8}|dmn/\\d{8}/feel/?)", Pattern.CASE_INSENSITIVE);
    /** A function defined in FEEL ({@code function(x) …}, {@code … external {java: …}}), outside string literals. */
    private static final Pattern FEEL_FUNCTION = Pattern.compile("\\bfunction\\s*\\(|\\bexternal\\b");
    private static final Pattern FEEL_STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

    List<ModelProblem> problems(Element definitions) {
        List<ModelProblem> problems = new ArrayList<>();
        walk(definitions, null, problems);
        return problems;
    }

    private void walk(Element element, String nearestId, List<ModelProblem> problems) {
        String id = ModelXml.id(element) != null ? ModelXml.id(element) : nearestId;
        for (String key : element.attributes()) {
            String name = ModelXml.localName(key);
            String namespace = ModelXml.namespace(key);
            String value = element.attribute(key);
            if (namespace.isEmpty() && "expressionLanguage".equals(name) && !FEEL.matcher(value.trim()).matches()) {
                problems.add(ModelProblem.at(element, id, "is written in " + BpmnModelCheck.shorten(value)
                        + "; decisions are written in FEEL"));
            } else if (CAMUNDA.contains(namespace) && !CAMUNDA_ATTRIBUTES.contains(name)) {
                problems.add(ModelProblem.at(element, id, "uses camunda:" + name + ", which decisions may not use"));
            }
        }
        if ("text".equals(element.getTagName())) {
            String feel = FEEL_STRING.matcher(element.getText()).replaceAll("\"\"");
            if (FEEL_FUNCTION.matcher(feel.toLowerCase(Locale.ROOT)).find()) {
                problems.add(ModelProblem.at(element, id, "defines a FEEL function ("
                        + BpmnModelCheck.shorten(element.getText()) + "); decisions may not define functions or call "
                        + "Java"));
            }
        }
        for (Element child : element.elements()) {
            walk(child, id, problems);
        }
    }
}
