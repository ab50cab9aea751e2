package no.fakturaflyt.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerType;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.TestData;
import no.fakturaflyt.support.TestInfrastructure;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The process owner's reminder policy through the REST API: a candidate the follow-up could not run or the law
 * forbids is refused as RFC 7807 naming the rule (row), the what-if of a lower fee threshold writes nothing at all
 * (every table's rows, the engine's included, and the mails at the SMTP server counted before and after) and predicts
 * what the follow-up then really does once the candidate is deployed and the case migrated, and nobody but an owner
 * or an admin deploys or migrates, at any door.
 */
@FakturaflytTest
@SuppressWarnings({"unchecked", "rawtypes"})
class ReminderPolicyWhatIfApiTest {

    static final LocalDate DUE = LocalDate.of(2026, 3, 2);

    @Autowired TestRestTemplate rest;
    @Autowired RuntimeService runtime;
    @Autowired RepositoryService repository;
    @Autowired InvoiceService invoices;
    @Autowired FollowUpService followUps;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestData data;
    @Autowired Jobs jobs;

    FollowUpTestSupport time;

    @BeforeEach
    void setUp() {
        time = new FollowUpTestSupport(data, jobs, invoices, runtime);
    }

    @AfterEach
    void removeDeployedCandidates() {
        PolicyCandidates.removeDeployed(runtime, repository);
    }

    @Test
    void aDmnThatDoesNotParseIsRefusedNamingTheFile() {
        ResponseEntity<Map> refused = post("owner", "/api/reminder-policy/check", "<definitions>not a model");
        assertProblem(refused, "file", null);
        assertThat(detail(refused)).contains("no DMN model that parses");
    }

    @Test
    void aTableWithoutAnOutputTheFollowUpReadsIsRefusedNamingTheOutput() {
        String renamed = PolicyCandidates.replacing(PolicyCandidates.shipped(), "name=\"manual\"",
                "name=\"clerkApproves\"");
        ResponseEntity<Map> refused = post("owner", "/api/reminder-policy/check", renamed);
        assertProblem(refused, "output.manual", null);
        assertThat(detail(refused)).contains("lacks the output 'manual', which the follow-up reads");
    }

    @Test
    void aFeeAboveTheLegalCapIsRefusedNamingTheRuleAndRow() {
        time.at(DUE);
        ResponseEntity<Map> refused = post("owner", "/api/reminder-policy/what-if", PolicyCandidates.aboveTheCap());
        assertProblem(refused, "rule[4].fee", "Rule_Reminder1_Business");
        Map first = ((List<Map>) refused.getBody().get("errors")).get(0);
        assertThat(first.get("row")).isEqualTo(4);
        assertThat((String) first.get("message")).contains("Rule 4 (Rule_Reminder1_Business)")
                .contains("asks 70.00 kr").contains("caps the fee at 38.00 kr");
        assertThat(((List<Map>) refused.getBody().get("errors")).stream().map(e -> e.get("rule")))
                .contains("Rule_Reminder2_Business");
    }

    @Test
    void aNoticeDeadlineShorterThanTheLawAllowsAndATransferFeeAreRefusedNamingTheirRows() {
        String candidate = PolicyCandidates.replacing(PolicyCandidates.shipped(),
                "<outputEntry id=\"LiteralExpression_CollectionNotice_days\">\n          <text>14</text>",
                "<outputEntry id=\"LiteralExpression_CollectionNotice_days\">\n          <text>7</text>",
                "<outputEntry id=\"LiteralExpression_Transfer_Consumer_fee\">\n          <text>0</text>",
                "<outputEntry id=\"LiteralExpression_Transfer_Consumer_fee\">\n          <text>100</text>");
        ResponseEntity<Map> refused = post("admin", "/api/reminder-policy/deployments", candidate);
        assertProblem(refused, "rule[7].daysToNextStep", "Rule_CollectionNotice");
        assertThat(detail(refused)).contains("Rule 7 (Rule_CollectionNotice): gives 7 days")
                .contains("inkassoloven § 9").contains("Rule 8 (Rule_Transfer_Consumer): asks 100.00 kr");
        assertThat(repository.createDeploymentQuery().deploymentName(PolicyDeployment.DEPLOYMENT_NAME).count())
                .as("nothing deployed").isZero();
    }

    @Test
    void aRuleGapIsRefusedAndAnOutputThatIsNoPlainValueToo() {
        String gap = PolicyCandidates.replacing(PolicyCandidates.shipped(), "[100..1000[", "[200..1000[");
        ResponseEntity<Map> refused = post("owner", "/api/reminder-policy/check", gap);
        assertProblem(refused, "rules", null);
        assertThat(detail(refused)).contains("No rule matches BUSINESS, TRANSFER, 100.00 NOK");

        String maybe = PolicyCandidates.replacing(PolicyCandidates.shipped(),
                "<outputEntry id=\"LiteralExpression_Reminder1_Consumer_manual\">\n          <text>false</text>",
                "<outputEntry id=\"LiteralExpression_Reminder1_Consumer_manual\">\n          <text>maybe</text>");
        refused = post("owner", "/api/reminder-policy/check", maybe);
        assertProblem(refused, "rule[3].manual", "Rule_Reminder1_Consumer");
        assertThat(detail(refused)).contains("Rule 3 (Rule_Reminder1_Consumer): manual 'maybe' is not true or false");
    }

    @Test
    void theWhatIfOfALowerFeeThresholdWritesNothingAndPredictsWhatTheFollowUpThenDoes() {
        Customer consumer = time.customer(CustomerType.PERSON, "lav-terskel@kunde.example");
        Invoice small = time.invoiceDue(DUE, consumer, "60.00");   // 75.00 with VAT: a small claim today
        Customer business = time.customer(CustomerType.BUSINESS, "stor@kunde.example");
        Invoice large = time.invoiceDue(DUE, business, "1000.00");
        time.at(DUE.plusDays(4));   // both listed, the first reminder on DUE + 14
        assertThat(followUps.caseOf(small.getId()).getStage()).isEqualTo(FollowUpStage.LISTED);

        Map<String, Long> rowsBefore = rowsOfEveryTable();
        int mailsBefore = TestInfrastructure.greenMail().getReceivedMessages().length;
        ResponseEntity<Map> whatIf = post("owner", "/api/reminder-policy/what-if?days=60",
                PolicyCandidates.lowerFeeThreshold());
        post("owner", "/api/reminder-policy/check", PolicyCandidates.lowerFeeThreshold());
        rest.withBasicAuth("owner", "owner").getForObject("/api/reminder-policy/migration", Map.class);
        assertThat(rowsOfEveryTable()).as("no row of any table, the engine's included, written or removed")
                .isEqualTo(rowsBefore);
        assertThat(TestInfrastructure.greenMail().getReceivedMessages()).as("no mail sent").hasSize(mailsBefore);

        assertThat(whatIf.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map result = whatIf.getBody();
        assertThat(result.get("cases")).isEqualTo(2);
        Map consumerBefore = (Map) ((Map) result.get("deployed")).get("CONSUMER");
        Map consumerAfter = (Map) ((Map) result.get("candidate")).get("CONSUMER");
        assertThat(consumerBefore).containsEntry("reminders", 2).containsEntry("notices", 1)
                .containsEntry("fees", 0).containsEntry("approvals", 3);
        assertThat(consumerAfter).containsEntry("reminders", 2).containsEntry("notices", 1)
                .containsEntry("fees", 2).containsEntry("approvals", 0);
        assertThat(consumerAfter.get("feeAmount").toString()).isEqualTo("70.0");
        Map businessBefore = (Map) ((Map) result.get("deployed")).get("BUSINESS");
        Map businessAfter = (Map) ((Map) result.get("candidate")).get("BUSINESS");
        assertThat(businessAfter).as("the large claim fares the same: the business fees did not change")
                .isEqualTo(businessBefore);
        List<Map> differences = (List<Map>) result.get("differences");
        assertThat(differences).hasSize(1);
        assertThat(((Number) differences.get(0).get("invoiceId")).longValue()).isEqualTo(small.getId());
        assertThat((List<String>) differences.get(0).get("why")).anySatisfy(why -> assertThat(why)
                .contains("The first reminder: fee 0.00 kr → 35.00 kr").contains("no longer waits for a clerk")
                .contains("deployed rule 1 (Rule_SmallClaim), candidate rule 3 (Rule_Reminder1_Consumer)"));
        List<Map> weeks = (List<Map>) result.get("weeks");
        Map weekOfTheFirstReminder = weeks.stream().filter(w -> w.get("week").equals("2026-03-16")
                && w.get("customerType").equals("CONSUMER")).findFirst().orElseThrow();
        assertThat(((Map) weekOfTheFirstReminder.get("candidate")).get("fees")).isEqualTo(1);

        // the owner deploys it and moves the running cases; the follow-up then does what the what-if said
        ResponseEntity<Map> deployed = post("owner", "/api/reminder-policy/deployments",
                PolicyCandidates.lowerFeeThreshold());
        assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Map preview = rest.withBasicAuth("owner", "owner").getForObject("/api/reminder-policy/migration", Map.class);
        assertThat((List<Map>) preview.get("moving")).hasSize(2);
        ResponseEntity<Map> migrated = post("owner", "/api/reminder-policy/migration", "");
        assertThat(migrated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(time.followUpOf(small.getId()).getProcessDefinitionId())
                .isEqualTo(deployed.getBody().get("processDefinitionId"));

        time.at(DUE.plusDays(14));
        StepRecord reminder = followUps.stepsOf(small.getId()).get(0);
        assertThat(reminder.getSentOn()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(reminder.getFee()).as("as the what-if predicted").isEqualByComparingTo("35.00");

        List<Map> log = rest.withBasicAuth("auditor", "auditor")
                .getForObject("/api/audit/system-log?user=owner", List.class);
        assertThat(log).anySatisfy(e -> assertThat(e).containsEntry("operation", "Create")
                .containsEntry("entityType", "Deployment")
                .containsEntry("deploymentId", deployed.getBody().get("deploymentId")));
        assertThat(log).anySatisfy(e -> assertThat(e).containsEntry("operation", "Migrate"));
    }

    @Test
    void aClerkOrAnAuditorNeitherTriesNorDeploysNorMigratesAtAnyDoor() {
        for (String user : List.of("clerk", "auditor")) {
            for (String path : List.of("/api/reminder-policy/check", "/api/reminder-policy/what-if",
                    "/api/reminder-policy/deployments", "/api/reminder-policy/migration")) {
                assertThat(post(user, path, PolicyCandidates.lowerFeeThreshold()).getStatusCode()).as(user + " " + path)
                        .isEqualTo(HttpStatus.FORBIDDEN);
            }
            assertThat(rest.withBasicAuth(user, user).getForEntity("/api/reminder-policy/versions", List.class)
                    .getStatusCode()).as("reading is for everyone").isEqualTo(HttpStatus.OK);
        }
        assertThat(rest.withBasicAuth("clerk", "clerk").postForEntity("/engine-rest/deployment/create",
                PolicyCandidates.modelerUpload("clerk's policy", PolicyCandidates.lowerFeeThreshold()), Map.class)
                .getStatusCode()).as("engine REST")
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(repository.createDeploymentQuery().deploymentName("clerk's policy").count()).isZero();
    }

    private ResponseEntity<Map> post(String user, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        return rest.withBasicAuth(user, user).postForEntity(path, new HttpEntity<>(body, headers), Map.class);
    }

    private static void assertProblem(ResponseEntity<Map> response, String field, String rule) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(response.getBody().get("field")).isEqualTo(field);
        if (rule != null) {
            assertThat(((List<Map>) response.getBody().get("errors")).get(0).get("rule")).isEqualTo(rule);
        }
    }

    private static String detail(ResponseEntity<Map> response) {
        return (String) response.getBody().get("detail");
    }

    /** Every table of the schema, ours and the engine's (ACT_*), with its number of rows. */
    private Map<String, Long> rowsOfEveryTable() {
        Map<String, Long> rows = new TreeMap<>();
        for (String table : jdbc.queryForList("select table_name from information_schema.tables where "
                + "table_schema = current_schema() and table_type = 'BASE TABLE'", String.class)) {
            rows.put(table, jdbc.queryForObject("select count(*) from \"" + table + "\"", Long.class));
        }
        assertThat(rows).containsKeys("act_ru_execution", "act_ru_job", "act_hi_decinst", "act_hi_op_log",
                "follow_up_case", "follow_up_step", "voucher");
        return rows;
    }
}
