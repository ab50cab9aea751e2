package no.fakturaflyt.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** bpmn/reminder-policy.dmn as a file: what Camunda Modeler needs to open it and process owners need to read it. */
class ReminderPolicyModelTest {

    private static final Path FILE = Path.of("bpmn", "reminder-policy.dmn");
    private static final String DMN13 = "https://www.omg.org/spec/DMN/20191111/MODEL/";
    private static final String DMNDI13 = "https://www.omg.org/spec/DMN/20191111/DMNDI/";
    private static final String DC = "http://www.omg.org/spec/DMN/20180521/DC/";
    private static final String MODELER = "http://camunda.org/schema/modeler/1.0";

    private static DmnModelInstance model;

    @BeforeAll
    static void parse() throws IOException {
        try (InputStream in = Files.newInputStream(FILE)) {
            model = Dmn.readModelFromStream(in);   // validates against the DMN 1.3 schema
        }
    }

    @Test
    void isADmn13ModelForCamunda724() {
        DomElement root = model.getDocument().getRootElement();

        assertThat(root.getNamespaceURI()).isEqualTo(DMN13);
        assertThat(root.getAttribute(MODELER, "executionPlatform")).isEqualTo("Camunda Platform");
        assertThat(root.getAttribute(MODELER, "executionPlatformVersion")).isEqualTo("7.24.0");
    }

    @Test
    void theDecisionIsAUniqueTableWithTheAgreedInputsAndOutputsAndAHistoryTimeToLive() {
        Decision decision = decision();

        assertThat(decision.getName()).isEqualTo("Reminder policy");
        assertThat(decision.getCamundaHistoryTimeToLiveString()).isEqualTo("2192");
        DecisionTable table = table();
        assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.UNIQUE);
        assertThat(table.getInputs()).extracting(input -> input.getInputExpression().getText().getTextContent())
                .containsExactly("customerType", "step", "outstandingAmount");
        assertThat(table.getInputs()).extracting(input -> input.getInputExpression().getTypeRef())
                .containsExactly("string", "string", "double");
        assertThat(table.getOutputs()).extracting(output -> output.getName())
                .containsExactly("fee", "daysToNextStep", "manual");
        assertThat(table.getOutputs()).extracting(output -> output.getTypeRef())
                .containsExactly("double", "integer", "boolean");
    }

    @Test
    void everyRuleHasAnAnnotation() {
        Collection<Rule> rules = table().getRules();

        assertThat(rules).hasSize(10);
        for (Rule rule : rules) {
            assertThat(rule.getDescription()).as("annotation of rule %s", rule.getId()).isNotNull();
            assertThat(rule.getDescription().getTextContent()).as("annotation of rule %s", rule.getId()).isNotBlank();
        }
    }

    @Test
    void theDecisionHasAShapeInTheDiagramSoModelerCanShowIt() {
        DomElement dmndi = single(model.getDocument().getRootElement().getChildElementsByNameNs(DMNDI13, "DMNDI"));
        DomElement diagram = single(dmndi.getChildElementsByNameNs(DMNDI13, "DMNDiagram"));
        List<DomElement> shapes = diagram.getChildElementsByNameNs(DMNDI13, "DMNShape");

        assertThat(shapes).anySatisfy(shape -> {
            assertThat(shape.getAttribute("dmnElementRef")).isEqualTo(ReminderPolicy.DECISION_KEY);
            assertThat(shape.getChildElementsByNameNs(DC, "Bounds")).hasSize(1);
        });
    }

    private static Decision decision() {
        Decision decision = model.getModelElementById(ReminderPolicy.DECISION_KEY);
        assertThat(decision).as("decision " + ReminderPolicy.DECISION_KEY).isNotNull();
        return decision;
    }

    private static DecisionTable table() {
        assertThat(decision().getExpression()).isInstanceOf(DecisionTable.class);
        return (DecisionTable) decision().getExpression();
    }

    private static DomElement single(List<DomElement> elements) {
        assertThat(elements).hasSize(1);
        return elements.get(0);
    }
}
