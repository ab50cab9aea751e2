package no.fakturaflyt.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerType;
import no.fakturaflyt.dunning.agency.CollectionAgencyService;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.Mails;
import no.fakturaflyt.support.TestData;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What a clerk sees and does through the REST API: the overview per stage, a case with its fees and why, notes,
 * pause twice, the minimum amount, the balance list, and a claim the agency collects.
 */
@FakturaflytTest
@SuppressWarnings({"unchecked", "rawtypes"})
class FollowUpApiTest {

    static final LocalDate DUE = LocalDate.of(2026, 4, 6);

    @Autowired TestRestTemplate rest;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired InvoiceService invoices;
    @Autowired LedgerService ledger;
    @Autowired FollowUpService followUps;
    @Autowired FollowUpSettingsService settings;
    @Autowired CollectionAgencyService agency;
    @Autowired TestData data;
    @Autowired Jobs jobs;

    FollowUpTestSupport time;

    @BeforeEach
    void setUp() {
        time = new FollowUpTestSupport(data, jobs, invoices, runtime);
    }

    @Test
    void theOverviewShowsTheInvoicePerStageAndTheCaseSaysWhyTheFeeWasCapped() {
        // reminded in 2025, when the cap was 35 kr: the policy's 38 kr (today's cap) is cut, and the clerk sees why
        LocalDate due2025 = LocalDate.of(2025, 4, 7);
        Customer customer = time.customer(CustomerType.BUSINESS, "oversikt@kunde.example");
        Invoice invoice = time.invoiceDue(due2025, customer);
        time.at(due2025.plusDays(4));
        time.at(due2025.plusDays(14));

        Map overview = clerk().getForObject("/api/follow-up?stage=REMINDER_1", Map.class);
        Map stage = ((List<Map>) overview.get("stages")).get(0);
        assertThat(stage.get("stage")).isEqualTo("REMINDER_1");
        Map row = ((List<Map>) stage.get("invoices")).stream()
                .filter(r -> ((Number) r.get("invoiceId")).longValue() == invoice.getId()).findFirst().orElseThrow();
        assertThat(row.get("daysOverdue")).isEqualTo(14);
        assertThat(row.get("outstanding").toString()).isEqualTo("1250.0");
        assertThat(row.get("feesOpen").toString()).isEqualTo("35.0");
        assertThat(row.get("nextStep")).isEqualTo("REMINDER_2");

        Map detail = clerk().getForObject("/api/follow-up/" + invoice.getId(), Map.class);
        Map step = ((List<Map>) detail.get("steps")).get(0);
        assertThat(step.get("step")).isEqualTo("REMINDER_1");
        assertThat((List<String>) step.get("feeReasons")).anySatisfy(reason -> assertThat(reason)
                .contains("capped at 35.00 kr (1/20 of the inkassosats 700 kr in force on 2025-04-21)")
                .contains("the policy asks for 38.00 kr"));
    }

    @Test
    void aClerkWritesANotePausesOnceAndAnAuditorOnlyReads() {
        Customer customer = time.customer(CustomerType.PERSON, "notat@kunde.example");
        Invoice invoice = time.invoiceDue(DUE, customer);
        time.at(DUE.plusDays(4));

        ResponseEntity<Map> note = clerk().postForEntity("/api/follow-up/" + invoice.getId() + "/notes",
                Map.of("text", "Called; promises to pay Friday"), Map.class);
        assertThat(note.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(note.getBody()).containsEntry("writtenBy", "clerk");

        assertThat(clerk().postForEntity("/api/follow-up/" + invoice.getId() + "/pause", Map.of("reason", "Dispute"),
                Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<Map> again = clerk().postForEntity("/api/follow-up/" + invoice.getId() + "/pause",
                Map.of("reason", "Dispute"), Map.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().get("detail").toString()).contains("already paused");
        ResponseEntity<Map> blank = clerk().postForEntity("/api/follow-up/" + invoice.getId() + "/resume",
                Map.of("reason", " "), Map.class);
        assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(blank.getBody().toString()).contains("reason");

        Map detail = rest.withBasicAuth("auditor", "auditor").getForObject("/api/follow-up/" + invoice.getId(),
                Map.class);
        assertThat((List<Map>) detail.get("notes")).singleElement()
                .satisfies(n -> assertThat(n.get("text")).isEqualTo("Called; promises to pay Friday"));
        assertThat(rest.withBasicAuth("auditor", "auditor").postForEntity("/api/follow-up/" + invoice.getId()
                + "/write-off", Map.of("reason", "x"), Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void belowTheMinimumAmountNoReminderIsSentAndTheCaseWaitsOnHold() {
        Customer customer = time.customer(CustomerType.PERSON, "minimum@kunde.example");
        time.at(DUE.minusDays(14));
        Invoice draft = data.draft(customer, data.product("3", "16.00"), 1);    // 20.00 with VAT: below 25.00
        invoices.send(draft.getId(), "clerk");
        jobs.executeAll();
        time.at(DUE.plusDays(4));
        time.at(DUE.plusDays(14));

        FollowUpCase held = followUps.caseOf(draft.getId());
        assertThat(followUps.stepsOf(draft.getId())).isEmpty();
        assertThat(held.isPaused()).isTrue();
        assertThat(held.getPauseReason()).contains("below the minimum of 25.00 kr");
        assertThat(Mails.to(customer.getInvoiceEmail())).hasSize(1);
    }

    @Test
    void aBalanceListShowsEveryOverdueInvoiceOfTheCustomer() throws Exception {
        FollowUpSettings current = settings.current();
        settings.update(new FollowUpSettingsForm(current.getPostalDays(), current.getFirstReminderDays(), 2,
                current.getTransferApproval(), FollowUpSettings.DocumentStyle.BALANCE_LIST,
                current.getMinimumAmount(), current.getInterestNoteThreshold()), "admin");
        Customer customer = time.customer(CustomerType.BUSINESS, "saldoliste@kunde.example");
        Invoice older = time.invoiceDue(DUE.minusDays(7), customer);
        Invoice newer = time.invoiceDue(DUE, customer);
        time.at(DUE.plusDays(4));
        time.at(DUE.plusDays(14));

        String reminderOfNewer = Mails.pdfText(Mails.to(customer.getInvoiceEmail()).stream()
                .filter(m -> subject(m).contains("Purring") && subject(m).contains(
                        String.valueOf(newer.getInvoiceNumber()))).findFirst().orElseThrow());
        assertThat(reminderOfNewer).contains(String.valueOf(newer.getInvoiceNumber()))
                .contains(String.valueOf(older.getInvoiceNumber()));
    }

    @Test
    void aClaimTheAgencyCollectsIsRegisteredAsAPaymentAndEndsTheCase() {
        Customer customer = time.customer(CustomerType.BUSINESS, "innkrevd@kunde.example");
        Invoice invoice = time.invoiceDue(DUE, customer);
        time.at(DUE.plusDays(4));
        time.at(DUE.plusDays(14));
        time.at(DUE.plusDays(32));
        time.at(DUE.plusDays(50));
        LocalDate deadline = followUps.stepsOf(invoice.getId()).get(2).getPayBy();
        time.at(deadline.plusDays(4));
        Task approval = tasks.createTaskQuery().processInstanceId(time.followUpOf(invoice.getId()).getId())
                .singleResult();
        tasks.complete(approval.getId(), Map.of(PaymentFollowUp.STEP_DECISION, "APPROVE"));
        jobs.executeAll();
        String reference = agency.caseOf(invoice.getId()).orElseThrow().getAgencyReference();

        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", "sandbox-key");
        headers.set("Content-Type", "application/json");
        ResponseEntity<Map> closed = rest.exchange("/sandbox/control/collection-agency/cases/" + reference + "/close",
                HttpMethod.POST, new HttpEntity<>(Map.of("outcome", "PAID", "amount", "1326.00"), headers), Map.class);
        assertThat(closed.getStatusCode().is2xxSuccessful()).isTrue();

        assertThat(time.followUpOf(invoice.getId())).isNull();
        assertThat(followUps.caseOf(invoice.getId()).getStage()).isEqualTo(FollowUpStage.PAID);
        assertThat(ledger.itemsConcerning(invoice.getId())).allSatisfy(
                item -> assertThat(item.getOpenAmount()).isEqualByComparingTo("0.00"));
    }

    @Test
    void onlyAnAdminChangesTheSettingsAndAThirdReminderIsNotASetting() {
        Map<String, Object> form = new java.util.HashMap<>(Map.of("postalDays", 2, "firstReminderDays", 14,
                "reminderCount", 3, "transferApproval", "AUTOMATIC", "documentStyle", "INVOICE_COPY",
                "minimumAmount", "25.00", "interestNoteThreshold", "100.00"));
        assertThat(clerk().exchange("/api/follow-up/settings", HttpMethod.PUT, new HttpEntity<>(form), Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map> three = rest.withBasicAuth("admin", "admin").exchange("/api/follow-up/settings",
                HttpMethod.PUT, new HttpEntity<>(form), Map.class);
        assertThat(three.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(three.getBody().toString()).contains("reminderCount");
        assertThat(settings.current().getReminderCount()).isEqualTo(2);

        form.put("reminderCount", 1);
        ResponseEntity<Map> one = rest.withBasicAuth("admin", "admin").exchange("/api/follow-up/settings",
                HttpMethod.PUT, new HttpEntity<>(form), Map.class);
        assertThat(one.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(one.getBody()).containsEntry("reminderCount", 1).containsEntry("updatedBy", "admin");
    }

    private TestRestTemplate clerk() {
        return rest.withBasicAuth("clerk", "clerk");
    }

    private static String subject(jakarta.mail.internet.MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
