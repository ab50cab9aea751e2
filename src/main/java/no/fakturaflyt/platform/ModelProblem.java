package no.fakturaflyt.platform;

import java.util.List;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.util.xml.Element;

/** One thing a model may not do, at the element that does it (its id, or that of the nearest element with one). */
record ModelProblem(String message, int line, int column, String elementId) implements Problem {

    static ModelProblem at(Element element, String elementId, String what) {
        String where = elementId == null ? "The model" : "Element '" + elementId + "'";
        return new ModelProblem(where + " (" + element.getTagName() + ") " + what, element.getLine(),
                element.getColumn(), elementId);
    }

    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public int getLine() {
        return line;
    }

    @Override
    public int getColumn() {
        return column;
    }

    @Override
    public String getMainElementId() {
        return elementId;
    }

    @Override
    public List<String> getElementIds() {
        return elementId == null ? List.of() : List.of(elementId);
    }
}
