package no.fakturaflyt.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * The modules' own rules in the deployment check: a {@link ModelResourceCheck} is asked about each resource of a new
 * deployment, its refusal stops the deployment naming the element, and it is never asked about a model the
 * platform's own checks refuse (so it never evaluates a model that could run code).
 */
class ModelResourceCheckTest {

    private final List<String> asked = new ArrayList<>();
    private final ModelResourceCheck refusesRowTwo = (name, content) -> {
        asked.add(name);
        return List.of(new ModelResourceCheck.Refusal("Rule_2", "Rule 2 (Rule_2): asks what the law forbids"));
    };

    @Test
    void aModulesRefusalStopsTheDeploymentNamingTheRule() {
        ParseException refused = catchThrowableOfType(ParseException.class,
                () -> guard(refusesRowTwo).deploy(deployment("policy.dmn", dmn(null))));

        assertThat(refused.getMessage()).contains("policy.dmn").contains("Rule 2 (Rule_2): asks what the law forbids");
        assertThat(refused.getResorceReports().get(0).getErrors().get(0).getMainElementId()).isEqualTo("Rule_2");
        assertThat(asked).containsExactly("policy.dmn");
    }

    @Test
    void aModelThePlatformRefusesIsNeverShownToTheModules() {
        ParseException refused = catchThrowableOfType(ParseException.class, () -> guard(refusesRowTwo)
                .deploy(deployment("policy.dmn", dmn("javascript"))));

        assertThat(refused.getMessage()).contains("does what a model may not do");
        assertThat(asked).isEmpty();
    }

    @Test
    void withoutARefusalTheDeploymentGoesOn() {
        guard((name, content) -> {
            asked.add(name);
            return List.of();
        }).deploy(deployment("policy.dmn", dmn(null)));

        assertThat(asked).containsExactly("policy.dmn");
    }

    private static ModelDeploymentGuard guard(ModelResourceCheck check) {
        StaticListableBeanFactory modules = new StaticListableBeanFactory();
        modules.addBean("check", check);
        return new ModelDeploymentGuard(new ModelBeans(new StaticListableBeanFactory()),
                modules.getBeanProvider(ModelResourceCheck.class));
    }

    private static DeploymentEntity deployment(String name, String content) {
        ResourceEntity resource = new ResourceEntity();
        resource.setName(name);
        resource.setBytes(content.getBytes(StandardCharsets.UTF_8));
        DeploymentEntity deployment = new DeploymentEntity();
        deployment.setNew(true);
        deployment.addResource(resource);
        return deployment;
    }

    /** A one-rule table whose output is "x", in the given script language (null: FEEL, the only one allowed). */
    private static String dmn(String outputLanguage) {
        return "<?xml version='1.0' encoding='UTF-8'?>"
                + "<definitions xmlns='https://www.omg.org/spec/DMN/20191111/MODEL/'"
                + " xmlns:camunda='http://camunda.org/schema/1.0/dmn' id='Definitions_1' name='Policy'"
                + " namespace='http://fakturaflyt.no/dmn'>"
                + "<decision id='Policy' name='Policy' camunda:historyTimeToLive='1'>"
                + "<decisionTable id='DecisionTable_1'><input id='Input_1'>"
                + "<inputExpression id='InputExpression_1' typeRef='string'><text>kind</text></inputExpression></input>"
                + "<output id='Output_1' name='result' typeRef='string' />"
                + "<rule id='Rule_1'><inputEntry id='Input_Rule_1'><text></text></inputEntry>"
                + "<outputEntry id='Output_Rule_1'"
                + (outputLanguage == null ? "" : " expressionLanguage='" + outputLanguage + "'")
                + "><text>\"x\"</text></outputEntry></rule>"
                + "</decisionTable></decision></definitions>";
    }
}
