package no.fakturaflyt.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Issue 14, point 1: what a deployed model may do. Every attack is deployed twice, by the process owner through
 * {@code POST /engine-rest/deployment/create} and through the {@link RepositoryService} the way
 * {@link ModelDeployment} deploys, and each time it must be refused with a message naming the element, and nothing of
 * it may have run: no marker file written by the command it tries, no definition, no job, no instance.
 */
@FakturaflytTest
class ModelPolicyTest {

    /** Where the attacks' command would write: a fresh name per test run. */
    private static final Path MARKER = Path.of(System.getProperty("java.io.tmpdir"),
            "fakturaflyt-attack-" + UUID.randomUUID());
    private static final String EXEC = "''.getClass().forName('java.lang.Runtime').getMethod('getRuntime')"
            + ".invoke(null).exec('touch " + MARKER + "').waitFor()";
    private static final String KEY = "attack";

    @Autowired TestRestTemplate rest;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired Jobs jobs;
    @Autowired ModelDeployment modelDeployment;
    @Autowired ProcessEngine processEngine;
    @Autowired ApplicationContext applicationContext;

    @AfterEach
    void removeWhatWasDeployed() throws Exception {
        repositoryService.createDeploymentQuery().deploymentName(KEY).list()
                .forEach(deployment -> repositoryService.deleteDeployment(deployment.getId(), true, true, true));
        Files.deleteIfExists(MARKER);
    }

    // --- the attacks ---

    static Stream<Arguments> attacks() {
        return Stream.of(
                // the attack of the issue: a timer start and a service task running a command
                bpmn("Runtime.exec in camunda:expression", "Task_Attack", timerStart("Task_Attack")
                        + "<bpmn:serviceTask id='Task_Attack' camunda:expression=\"${" + EXEC + "}\"/>"),
                bpmn("Runtime.exec in a gateway condition", "Flow_Attack", start()
                        + "<bpmn:exclusiveGateway id='Gateway_1' default='Flow_Default' /><bpmn:sequenceFlow id='Flow_Start' sourceRef='Start' targetRef='Gateway_1' />"
                        + "<bpmn:sequenceFlow id='Flow_Default' sourceRef='Gateway_1' targetRef='End' />"
                        + "<bpmn:sequenceFlow id='Flow_Attack' sourceRef='Gateway_1' targetRef='End'>"
                        + "<bpmn:conditionExpression xsi:type='bpmn:tFormalExpression'>${" + EXEC + " != null}</bpmn:conditionExpression>"
                        + "</bpmn:sequenceFlow><bpmn:endEvent id='End' />"),
                bpmn("the Spring environment", "Task_Attack", start("Task_Attack")
                        + "<bpmn:serviceTask id='Task_Attack' camunda:expression=\"${environment.getProperty('spring.datasource.url')}\" camunda:resultVariable='url' />"),
                bpmn("the Spring environment as a property", "Task_Attack", start("Task_Attack")
                        + "<bpmn:serviceTask id='Task_Attack' camunda:expression=\"${environment}\" camunda:resultVariable='url' />"),
                bpmn("a foreign bean by name", "Task_Attack", start("Task_Attack")
                        + "<bpmn:serviceTask id='Task_Attack' camunda:expression='${dataSource}' camunda:resultVariable='ds' />"),
                bpmn("delegateExpression to a foreign bean", "Task_Attack", start("Task_Attack")
                        + "<bpmn:serviceTask id='Task_Attack' camunda:delegateExpression='${identityService}' />"),
                bpmn("a method on one of our beans", "Task_Attack", start("Task_Attack")
                        + "<bpmn:serviceTask id='Task_Attack' camunda:expression='${postInvoiceDelegate.getClass()}' />"),
                bpmn("a method on a variable", "Task_Attack", start("Task_Attack")
                        + "<bpmn:serviceTask id='Task_Attack' camunda:expression='${invoiceId.getClass()}' />"),
                bpmn("the engine's services through execution", "Task_Attack", start("Task_Attack")
                        + "<bpmn:serviceTask id='Task_Attack' camunda:expression='${execution.processEngineServices.identityService}' camunda:resultVariable='x' />"),
                bpmn("a JDK class", "Task_Attack", start("Task_Attack")
                        + "<bpmn:serviceTask id='Task_Attack' camunda:class='java.lang.Runtime' />"),
                bpmn("a groovy script task", "Task_Attack", start("Task_Attack")
                        + "<bpmn:scriptTask id='Task_Attack' scriptFormat='groovy'><bpmn:script>'touch " + MARKER + "'.execute()</bpmn:script></bpmn:scriptTask>"),
                bpmn("a javascript script task", "Task_Attack", start("Task_Attack")
                        + "<bpmn:scriptTask id='Task_Attack' scriptFormat='javascript'><bpmn:script>java.lang.Runtime.getRuntime().exec('touch " + MARKER + "')</bpmn:script></bpmn:scriptTask>"),
                bpmn("an external script resource", "Task_Attack", start("Task_Attack")
                        + "<bpmn:scriptTask id='Task_Attack' scriptFormat='groovy' camunda:resource='deployment://evil.groovy' />"),
                bpmn("an execution listener with an expression", "Start", "<bpmn:startEvent id='Start'><bpmn:extensionElements>"
                        + "<camunda:executionListener event='start' expression=\"${" + EXEC + "}\" /></bpmn:extensionElements></bpmn:startEvent>"
                        + "<bpmn:sequenceFlow id='Flow_1' sourceRef='Start' targetRef='End' /><bpmn:endEvent id='End' />"),
                bpmn("an execution listener with a class", "Start", "<bpmn:startEvent id='Start'><bpmn:extensionElements>"
                        + "<camunda:executionListener event='start' class='org.camunda.bpm.engine.impl.bpmn.listener.ScriptExecutionListener' /></bpmn:extensionElements></bpmn:startEvent>"
                        + "<bpmn:sequenceFlow id='Flow_1' sourceRef='Start' targetRef='End' /><bpmn:endEvent id='End' />"),
                bpmn("an execution listener with a script", "Start", "<bpmn:startEvent id='Start'><bpmn:extensionElements>"
                        + "<camunda:executionListener event='start'><camunda:script scriptFormat='groovy'>'touch " + MARKER + "'.execute()</camunda:script></camunda:executionListener>"
                        + "</bpmn:extensionElements></bpmn:startEvent><bpmn:sequenceFlow id='Flow_1' sourceRef='Start' targetRef='End' /><bpmn:endEvent id='End' />"),
                bpmn("an execution listener on a foreign bean", "Start", "<bpmn:startEvent id='Start'><bpmn:extensionElements>"
                        + "<camunda:executionListener event='start' delegateExpression='${runtimeService}' /></bpmn:extensionElements></bpmn:startEvent>"
                        + "<bpmn:sequenceFlow id='Flow_1' sourceRef='Start' targetRef='End' /><bpmn:endEvent id='End' />"),
                bpmn("a task listener with an expression", "Task_Attack", start("Task_Attack")
                        + "<bpmn:userTask id='Task_Attack'><bpmn:extensionElements><camunda:taskListener event='create' expression=\"${" + EXEC + "}\" />"
                        + "</bpmn:extensionElements></bpmn:userTask>"),
                bpmn("a task listener with a class", "Task_Attack", start("Task_Attack")
                        + "<bpmn:userTask id='Task_Attack'><bpmn:extensionElements><camunda:taskListener event='create' class='java.lang.Runtime' />"
                        + "</bpmn:extensionElements></bpmn:userTask>"),
                bpmn("a task listener with a script", "Task_Attack", start("Task_Attack")
                        + "<bpmn:userTask id='Task_Attack'><bpmn:extensionElements><camunda:taskListener event='create'>"
                        + "<camunda:script scriptFormat='javascript'>java.lang.Runtime.getRuntime().exec('touch " + MARKER + "')</camunda:script>"
                        + "</camunda:taskListener></bpmn:extensionElements></bpmn:userTask>"),
                bpmn("a task listener on one of our delegates of the wrong kind", "Task_Attack", start("Task_Attack")
                        + "<bpmn:userTask id='Task_Attack'><bpmn:extensionElements><camunda:taskListener event='create' delegateExpression='${postInvoiceDelegate}' />"
                        + "</bpmn:extensionElements></bpmn:userTask>"),
                // evaluated at deployment itself, when the engine schedules the first timer
                bpmn("a timer start whose cycle runs a command", "Timer_1", "<bpmn:startEvent id='Start'><bpmn:timerEventDefinition id='Timer_1'>"
                        + "<bpmn:timeCycle xsi:type='bpmn:tFormalExpression'>${" + EXEC + " == null ? 'R1/PT1H' : 'R1/PT1H'}</bpmn:timeCycle>"
                        + "</bpmn:timerEventDefinition></bpmn:startEvent><bpmn:sequenceFlow id='Flow_1' sourceRef='Start' targetRef='End' /><bpmn:endEvent id='End' />"),
                bpmn("an input mapping with a script", "Task_Attack", start("Task_Attack")
                        + "<bpmn:userTask id='Task_Attack'><bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name='x'>"
                        + "<camunda:script scriptFormat='groovy'>'touch " + MARKER + "'.execute()</camunda:script>"
                        + "</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:userTask>"),
                bpmn("an input mapping with a command", "Task_Attack", start("Task_Attack")
                        + "<bpmn:userTask id='Task_Attack'><bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name='x'>${"
                        + EXEC + "}</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:userTask>"),
                bpmn("a script condition", "Flow_Attack", start()
                        + "<bpmn:exclusiveGateway id='Gateway_1' default='Flow_Default' /><bpmn:sequenceFlow id='Flow_Start' sourceRef='Start' targetRef='Gateway_1' />"
                        + "<bpmn:sequenceFlow id='Flow_Default' sourceRef='Gateway_1' targetRef='End' />"
                        + "<bpmn:sequenceFlow id='Flow_Attack' sourceRef='Gateway_1' targetRef='End'>"
                        + "<bpmn:conditionExpression xsi:type='bpmn:tFormalExpression' language='groovy'>'touch " + MARKER + "'.execute() != null</bpmn:conditionExpression>"
                        + "</bpmn:sequenceFlow><bpmn:endEvent id='End' />"),
                bpmn("a variable mapping class on a call activity", "Call_Attack", start("Call_Attack")
                        + "<bpmn:callActivity id='Call_Attack' calledElement='invoice-lifecycle' camunda:variableMappingClass='java.lang.Runtime' />"),
                bpmn("an embedded form running JavaScript in Tasklist", "Task_Attack", start("Task_Attack")
                        + "<bpmn:userTask id='Task_Attack' camunda:formKey='embedded:app:forms/evil.html' />"),
                bpmn("a connector", "Task_Attack", start("Task_Attack")
                        + "<bpmn:serviceTask id='Task_Attack'><bpmn:extensionElements><camunda:connector><camunda:connectorId>http-connector</camunda:connectorId>"
                        + "</camunda:connector></bpmn:extensionElements></bpmn:serviceTask>"),
                dmn("a DMN input in JUEL", "InputExpression_1",
                        "<inputExpression id='InputExpression_1' typeRef='string' expressionLanguage='juel'><text>${" + EXEC + "}</text></inputExpression>",
                        "<text>\"x\"</text>", null),
                dmn("a DMN whose whole model is JUEL", "Definitions_Attack",
                        "<inputExpression id='InputExpression_1' typeRef='string'><text>${" + EXEC + "}</text></inputExpression>",
                        "<text>\"x\"</text>", "juel"),
                dmn("a DMN rule in a script language", "Output_Rule_1",
                        "<inputExpression id='InputExpression_1' typeRef='string'><text>x</text></inputExpression>",
                        "<outputEntry id='Output_Rule_1' expressionLanguage='javascript'><text>java.lang.Runtime.getRuntime()"
                                + ".exec('touch " + MARKER + "')</text></outputEntry>", null),
                dmn("a DMN with a FEEL external Java function", "Output_Rule_1",
                        "<inputExpression id='InputExpression_1' typeRef='string'><text>x</text></inputExpression>",
                        "<text>(function(c) external { java: { class: \"java.lang.Runtime\", method signature: \"getRuntime()\" } })(null)</text>", null));
    }

    @ParameterizedTest(name = "{0}, through the engine REST API")
    @MethodSource("attacks")
    void theProcessOwnerCannotDeployIt(String attack, String element, String resource, String content) throws Exception {
        long deployments = repositoryService.createDeploymentQuery().count();

        ResponseEntity<Map> response = deployAsOwner(resource, content);

        assertThat(response.getStatusCode().is4xxClientError()).as("%s answers %s: %s", attack,
                response.getStatusCode(), response.getBody()).isTrue();
        assertThat(String.valueOf(response.getBody())).contains(element);
        assertNothingRan(deployments);
    }

    @ParameterizedTest(name = "{0}, through the application's own deployment")
    @MethodSource("attacks")
    void theApplicationCannotDeployIt(String attack, String element, String resource, String content) throws Exception {
        long deployments = repositoryService.createDeploymentQuery().count();

        Throwable refused = catchThrowable(() -> repositoryService.createDeployment().name(KEY).source(ModelDeployment.SOURCE)
                .addInputStream(resource, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8))).deploy());

        assertThat(refused).as(attack).isInstanceOf(ParseException.class).hasMessageContaining(element);
        assertThat(((ParseException) refused).getResorceReports().get(0).getErrors())
                .anySatisfy(problem -> assertThat(problem.getElementIds()).contains(element));
        assertNothingRan(deployments);
    }

    // --- what still works ---

    @Test
    void aModelWithOurDelegatesAndPlainComparisonsDeploysAndRuns() throws Exception {
        String model = definitions(start("Gateway_1")
                + "<bpmn:exclusiveGateway id='Gateway_1' default='Flow_Other' />"
                + "<bpmn:sequenceFlow id='Flow_Low' sourceRef='Gateway_1' targetRef='Task_Wait'>"
                + "<bpmn:conditionExpression xsi:type='bpmn:tFormalExpression'>${amount &lt; 100 &amp;&amp; kind == 'SMALL'}</bpmn:conditionExpression></bpmn:sequenceFlow>"
                + "<bpmn:sequenceFlow id='Flow_Other' sourceRef='Gateway_1' targetRef='End' />"
                + "<bpmn:userTask id='Task_Wait' camunda:candidateGroups='clerks' camunda:dueDate='${dateTime().plusDays(1).toDate()}'>"
                + "<bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name='key'>#{execution.processBusinessKey}</camunda:inputParameter>"
                + "</camunda:inputOutput></bpmn:extensionElements></bpmn:userTask>"
                + "<bpmn:sequenceFlow id='Flow_Done' sourceRef='Task_Wait' targetRef='Task_Post' />"
                + "<bpmn:serviceTask id='Task_Post' camunda:asyncBefore='true' camunda:delegateExpression='${postInvoiceDelegate}' />"
                + "<bpmn:sequenceFlow id='Flow_Posted' sourceRef='Task_Post' targetRef='End' /><bpmn:endEvent id='End' />");

        ResponseEntity<Map> response = deployAsOwner("harmless.bpmn", model);

        assertThat(response.getStatusCode().is2xxSuccessful()).as("%s", response.getBody()).isTrue();
        ProcessInstance small = runtimeService.startProcessInstanceByKey(KEY, "B-1", Map.of("amount", 50, "kind", "SMALL"));
        ProcessInstance large = runtimeService.startProcessInstanceByKey(KEY, "B-2", Map.of("amount", 500, "kind", "SMALL"));
        Task waiting = taskService.createTaskQuery().processInstanceId(small.getId()).singleResult();
        assertThat(waiting.getTaskDefinitionKey()).isEqualTo("Task_Wait");
        assertThat(waiting.getDueDate()).isAfter(waiting.getCreateTime());
        assertThat(taskService.getVariable(waiting.getId(), "key")).isEqualTo("B-1");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(large.getId()).count()).isZero();
    }

    @Test
    void everyModelOfBpmnPassesTheCheckWhenDeployedAnew() throws Exception {
        DeploymentBuilder builder = repositoryService.createDeployment().name(KEY).source(ModelDeployment.SOURCE);
        for (Resource model : modelDeployment.models()) {
            builder.addInputStream(ModelDeployment.resourceName(model), model.getInputStream());
        }

        DeploymentWithDefinitions deployment = builder.deployWithResult();

        assertThat(deployment.getDeployedProcessDefinitions()).hasSize(6);
        assertThat(deployment.getDeployedDecisionDefinitions()).hasSize(1);
    }

    @Test
    void theAttackIsRealOnCamundasDefaultSpringExpressions() {
        // the control for the refusals: with the engine's Spring default (every bean, any method), the expression runs
        SpringExpressionManager unguarded = new SpringExpressionManager(applicationContext);
        configuration().getCommandExecutorTxRequired().execute(context ->
                unguarded.createExpression("${" + EXEC + "}").getValue((VariableScope) null));

        assertThat(MARKER).exists();
    }

    @Test
    void atRuntimeAnExpressionReachesOurBeansAndNothingElse() {
        assertThat(evaluate("${postInvoiceDelegate}")).isInstanceOf(JavaDelegate.class);
        assertThat(evaluate("${dateTime().plusDays(1).toDate()}")).isInstanceOf(Date.class);
        assertThat(evaluate("${1 + 2 == 3}")).isEqualTo(true);
        assertThat(evaluate("${now()}")).isInstanceOf(Date.class);
        // Tasklist's filters: the clerks' filter asks for the tasks of ${currentUserGroups()}
        ResponseEntity<List> filters = rest.withBasicAuth("clerk", "clerk")
                .getForEntity("/engine-rest/filter?name=Invoices needing a clerk", List.class);
        String filter = (String) ((Map<?, ?>) filters.getBody().get(0)).get("id");
        ResponseEntity<Map> count = rest.withBasicAuth("clerk", "clerk")
                .getForEntity("/engine-rest/filter/" + filter + "/count", Map.class);
        assertThat(count.getStatusCode().is2xxSuccessful()).as("%s", count.getBody()).isTrue();
        assertThat(count.getBody()).containsKey("count");

        // what a model deployed before the check (or a stored Tasklist filter) could still try
        for (String attack : List.of("${" + EXEC + "}", "${environment.getProperty('spring.datasource.url')}",
                "${dataSource}", "${identityService}", "${postInvoiceDelegate.getClass()}",
                "${dateTime().getClass()}", "${'x'.concat('y')}")) {
            assertThat(catchThrowable(() -> evaluate(attack))).as(attack).isInstanceOf(ProcessEngineException.class);
        }
        assertThat(MARKER).doesNotExist();
    }

    // --- helpers ---

    private Object evaluate(String expression) {
        return configuration().getCommandExecutorTxRequired().execute(context ->
                configuration().getExpressionManager().createExpression(expression).getValue((VariableScope) null));
    }

    private ProcessEngineConfigurationImpl configuration() {
        return ((ProcessEngineImpl) processEngine).getProcessEngineConfiguration();
    }

    private ResponseEntity<Map> deployAsOwner(String resource, String content) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", KEY);
        form.add("deployment-source", "process owner");
        form.add(resource, new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return resource;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth("owner", "owner").postForEntity("/engine-rest/deployment/create",
                new HttpEntity<>(form, headers), Map.class);
    }

    private void assertNothingRan(long deploymentsBefore) {
        jobs.executeAll();   // whatever got through would run now
        assertThat(MARKER).doesNotExist();
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).count()).isZero();
        assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(KEY).count()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isZero();
        assertThat(managementService.createJobQuery().processDefinitionKey(KEY).count()).isZero();
    }

    private static Arguments bpmn(String attack, String element, String body) {
        return Arguments.of(attack, element, "attack.bpmn", definitions(body));
    }

    private static Arguments dmn(String attack, String element, String input, String output, String language) {
        String model = "<?xml version='1.0' encoding='UTF-8'?>"
                + "<definitions xmlns='https://www.omg.org/spec/DMN/20191111/MODEL/' xmlns:camunda='http://camunda.org/schema/1.0/dmn'"
                + " id='Definitions_Attack' name='Attack' namespace='http://fakturaflyt.no/dmn'"
                + (language == null ? "" : " expressionLanguage='" + language + "'") + ">"
                + "<decision id='" + KEY + "' name='Attack' camunda:historyTimeToLive='1'>"
                + "<decisionTable id='DecisionTable_1'><input id='Input_1'>" + input + "</input>"
                + "<output id='Output_1' name='result' typeRef='string' />"
                + "<rule id='Rule_1'><inputEntry id='Input_Rule_1'><text></text></inputEntry>"
                + (output.startsWith("<outputEntry") ? output : "<outputEntry id='Output_Rule_1'>" + output + "</outputEntry>")
                + "</rule>"
                + "</decisionTable></decision></definitions>";
        return Arguments.of(attack, element, "attack.dmn", model);
    }

    private static String definitions(String body) {
        return "<?xml version='1.0' encoding='UTF-8'?>"
                + "<bpmn:definitions xmlns:bpmn='http://www.omg.org/spec/BPMN/20100524/MODEL'"
                + " xmlns:camunda='http://camunda.org/schema/1.0/bpmn' xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'"
                + " id='Definitions_Attack' targetNamespace='http://fakturaflyt.no/bpmn'>"
                + "<bpmn:process id='" + KEY + "' isExecutable='true' camunda:historyTimeToLive='1'>" + body
                + "</bpmn:process></bpmn:definitions>";
    }

    /** A timer start due at once, on to the given element and from there to the end. */
    private static String timerStart(String next) {
        return "<bpmn:startEvent id='Start'><bpmn:timerEventDefinition id='Timer_1'>"
                + "<bpmn:timeDate xsi:type='bpmn:tFormalExpression'>2020-01-01T00:00:00</bpmn:timeDate>"
                + "</bpmn:timerEventDefinition></bpmn:startEvent>" + flows(next);
    }

    private static String start(String next) {
        return "<bpmn:startEvent id='Start' />" + flows(next);
    }

    private static String start() {
        return "<bpmn:startEvent id='Start' />";
    }

    private static String flows(String next) {
        return "<bpmn:sequenceFlow id='Flow_In' sourceRef='Start' targetRef='" + next + "' />"
                + (next.startsWith("Gateway") ? "" : "<bpmn:sequenceFlow id='Flow_Out' sourceRef='" + next + "' targetRef='End' />"
                + "<bpmn:endEvent id='End' />");
    }

}
