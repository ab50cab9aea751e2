package no.fakturaflyt.dunning.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.ServerSocket;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.time.Instant;
import java.util.UUID;
import no.fakturaflyt.common.CallbackSignature;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.document.DocumentService;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceEvent;
import no.fakturaflyt.invoicing.InvoiceHistory;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A claim handed over to the (sandbox) collection agency over real HTTP, and the news of its end coming back by the
 * agency's callback or by our poll, published once.
 */
@FakturaflytTest
class CollectionAgencyTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST =
            new ParameterizedTypeReference<>() {
            };

    @Autowired CollectionAgencyService agency;
    @Autowired CollectionStatusPoller poller;
    @Autowired CollectionClosings closings;
    @Autowired InvoiceHistory history;
    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestData data;
    @Autowired Jobs jobs;
    @Autowired InvoiceService invoices;
    @Autowired DocumentService documents;
    @Autowired OsloClock clock;
    @Autowired com.fasterxml.jackson.databind.ObjectMapper objectMapper;

    /** The demo's callback secret (application-demo.yml), which the sandbox agency signs with. */
    private static final String SECRET = "sandbox-callback-secret-not-for-production";

    private OverdueInvoices overdue;

    @BeforeEach
    void setUp() {
        overdue = new OverdueInvoices(data, jobs, invoices, documents, clock);
    }

    @Test
    void aTransferReachesTheAgencyWithTheDebtorTheAmountsAndThePdfs() throws Exception {
        Invoice invoice = overdue.sentInvoice();
        CollectionClaim claim = overdue.claimFor(invoice);

        CollectionCase sent = agency.transfer(claim);

        assertThat(sent.getStatus()).isEqualTo(CollectionCase.Status.SENT);
        assertThat(sent.getPrincipal()).isEqualByComparingTo("4687.50");
        assertThat(sent.getTotalClaimed()).isEqualByComparingTo("4784.14");
        Map<String, Object> atAgency = agencyCase(sent.getAgencyReference());
        assertThat(atAgency.get("idempotencyKey")).isEqualTo("collection-" + invoice.getId());
        assertThat(atAgency.get("status")).isEqualTo("OPEN");
        assertThat(map(atAgency, "creditor")).containsEntry("orgNumber", TestData.COMPANY_ORG_NUMBER)
                .containsEntry("name", "Testfirma AS");
        assertThat(map(atAgency, "debtor")).containsEntry("name", invoice.getBuyerName())
                .containsEntry("orgNumber", invoice.getBuyerOrgNumber()).containsEntry("type", "BUSINESS")
                .containsEntry("addressLines", List.of("Kundeveien 2")).containsEntry("postalCode", "5003")
                .containsEntry("city", "Bergen").containsEntry("email", "regnskap@skyldner.example");
        Map<String, Object> amounts = map(atAgency, "claim");
        assertThat(amounts).containsEntry("invoiceNumber", String.valueOf(invoice.getInvoiceNumber()))
                .containsEntry("kid", invoice.getKid()).containsEntry("currency", "NOK")
                .containsEntry("dueDate", invoice.getDueDate().toString())
                .containsEntry("noticeDeadline", clock.today().minusDays(6).toString());
        assertThat(new BigDecimal(amounts.get("principal").toString())).isEqualByComparingTo("4687.50");
        assertThat(new BigDecimal(amounts.get("fees").toString())).isEqualByComparingTo("35.00");
        assertThat(new BigDecimal(amounts.get("interest").toString())).isEqualByComparingTo("61.64");
        assertThat(new BigDecimal(amounts.get("total").toString())).isEqualByComparingTo("4784.14");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> pdfs = (List<Map<String, Object>>) atAgency.get("documents");
        assertThat(pdfs).hasSize(2).allSatisfy(pdf -> assertThat(pdf).containsEntry("pdf", true));
        for (int i = 0; i < 2; i++) {
            CollectionClaim.Document document = claim.documents().get(i);
            assertThat(pdfs.get(i)).containsEntry("fileName", document.fileName())
                    .containsEntry("size", document.content().length)
                    .containsEntry("sha256", HexFormat.of().formatHex(
                            MessageDigest.getInstance("SHA-256").digest(document.content())));
        }
        assertThat(history.of(invoice.getId())).extracting(InvoiceEvent::getEventType)
                .contains("COLLECTION_TRANSFERRED");
    }

    @Test
    void transferringTwiceGivesOneCaseAtTheAgencyAndOneRow() {
        Invoice invoice = overdue.sentInvoice();
        CollectionClaim claim = overdue.claimFor(invoice);

        CollectionCase first = agency.transfer(claim);
        CollectionCase second = agency.transfer(claim);

        assertThat(second.getId()).isEqualTo(first.getId());
        assertThat(second.getAgencyReference()).isEqualTo(first.getAgencyReference());
        assertThat(rowsFor(invoice)).isEqualTo(1);
        assertThat(agencyCasesFor(invoice)).hasSize(1);
        assertThat(history.of(invoice.getId())).extracting(InvoiceEvent::getEventType)
                .containsOnlyOnce("COLLECTION_TRANSFERRED");
        assertThat(agency.openCases()).extracting(CollectionCase::getInvoiceId).containsOnlyOnce(invoice.getId());
    }

    @Test
    void aClaimWhoseNoticeDeadlineHasNotPassedIsNotTransferred() {
        Invoice invoice = overdue.sentInvoice();
        CollectionClaim due = overdue.claimFor(invoice);
        CollectionClaim early = new CollectionClaim(due.invoiceId(), due.invoiceNumber(), due.kid(),
                due.invoiceDate(), due.dueDate(), due.principal(), due.fees(), due.interest(), due.currency(),
                due.debtor(), due.documents(), clock.today().minusDays(14), clock.today());

        assertThatThrownBy(() -> agency.transfer(early)).isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "noticeDeadline");
        assertThat(rowsFor(invoice)).isZero();
        assertThat(agencyCasesFor(invoice)).isEmpty();
    }

    @Test
    void theAgencyClosingACaseAsPaidCallsBackAndTheClosingIsPublishedOnce() {
        Invoice invoice = overdue.sentInvoice();
        CollectionCase sent = agency.transfer(overdue.claimFor(invoice));

        Map<String, Object> closed = closeAtAgency(sent.getAgencyReference(),
                Map.of("outcome", "PAID", "amount", "4784.14"));

        assertThat(map(closed, "callback")).containsEntry("delivered", true).containsEntry("status", 204);
        CollectionCase paid = agency.caseOf(invoice.getId()).orElseThrow();
        assertThat(paid.getStatus()).isEqualTo(CollectionCase.Status.PAID);
        assertThat(paid.getAmountCollected()).isEqualByComparingTo("4784.14");
        assertThat(paid.getClosedOn()).isEqualTo(clock.today());
        assertThat(closings.of(invoice.getId())).containsExactly(new CollectionCaseClosed(invoice.getId(),
                sent.getAgencyReference(), CollectionCaseClosed.Outcome.PAID, new BigDecimal("4784.14"),
                clock.today()));
        assertThat(agency.openCases()).extracting(CollectionCase::getInvoiceId).doesNotContain(invoice.getId());

        // the same news again, by the callback and by the poll: nothing more happens
        ResponseEntity<String> repeated = callback(SECRET, Map.of("reference",
                sent.getAgencyReference(), "status", "PAID", "amountCollected", "4784.14"));
        assertThat(repeated.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        poller.pollOnce();
        assertThat(closings.of(invoice.getId())).hasSize(1);
        assertThat(history.of(invoice.getId())).extracting(InvoiceEvent::getEventType)
                .containsOnlyOnce("COLLECTION_PAID");
    }

    @Test
    void aCaseClosedWhileTheCallbackIsUnreachableIsFoundByThePoll() throws Exception {
        Invoice invoice = overdue.sentInvoice();
        CollectionCase sent = agency.transfer(overdue.claimFor(invoice));

        Map<String, Object> closed = closeAtAgency(sent.getAgencyReference(), Map.of("outcome", "CLOSED_UNPAID",
                "amount", "0", "callbackUrl", "http://127.0.0.1:" + closedPort() + "/api/collection-agency/callback"));

        assertThat(map(closed, "callback")).containsEntry("delivered", false);
        assertThat(agency.caseOf(invoice.getId()).orElseThrow().getStatus()).isEqualTo(CollectionCase.Status.SENT);
        assertThat(closings.of(invoice.getId())).isEmpty();

        poller.pollOnce();

        CollectionCase unpaid = agency.caseOf(invoice.getId()).orElseThrow();
        assertThat(unpaid.getStatus()).isEqualTo(CollectionCase.Status.CLOSED_UNPAID);
        assertThat(unpaid.getAmountCollected()).isEqualByComparingTo("0.00");
        assertThat(unpaid.getLastStatusCheck()).isNotNull();
        assertThat(closings.of(invoice.getId())).singleElement()
                .satisfies(event -> assertThat(event.outcome()).isEqualTo(CollectionCaseClosed.Outcome.CLOSED_UNPAID));
        poller.pollOnce();
        assertThat(closings.of(invoice.getId())).hasSize(1);
        assertThat(history.of(invoice.getId())).extracting(InvoiceEvent::getEventType)
                .containsOnlyOnce("COLLECTION_CLOSED_UNPAID");
    }

    @Test
    void aCallbackWithoutTheRightKeyIs401AndChangesNothing() {
        Invoice invoice = overdue.sentInvoice();
        CollectionCase sent = agency.transfer(overdue.claimFor(invoice));
        Map<String, Object> news = Map.of("reference", sent.getAgencyReference(), "status", "PAID",
                "amountCollected", "4784.14");

        ResponseEntity<String> wrongKey = callback("not-the-agency's-secret-but-long-enough", news);
        ResponseEntity<String> noKey = callback(null, news);
        ResponseEntity<String> userLogin = rest.withBasicAuth("admin", "admin").postForEntity(
                "/api/collection-agency/callback", new HttpEntity<>(news, jsonHeaders()), String.class);
        // the shared key the README used to document, as anyone could have sent it
        HttpHeaders oldKey = jsonHeaders();
        oldKey.set("X-Callback-Key", "sandbox-callback-key");
        ResponseEntity<String> documentedKey = rest.postForEntity("/api/collection-agency/callback",
                new HttpEntity<>(news, oldKey), String.class);
        // signed right, but an hour ago: a recorded callback sent again
        ResponseEntity<String> stale = signedAt(SECRET, UUID.randomUUID().toString(),
                Instant.now().minusSeconds(3600).getEpochSecond(), json(news));
        // signed right, then the amount changed on the way
        String id = UUID.randomUUID().toString();
        long now = Instant.now().getEpochSecond();
        HttpHeaders tampered = jsonHeaders();
        tampered.set(CallbackSignature.ID_HEADER, id);
        tampered.set(CallbackSignature.TIMESTAMP_HEADER, String.valueOf(now));
        tampered.set(CallbackSignature.SIGNATURE_HEADER, CallbackSignature.sign(SECRET, id, now, json(news)));
        ResponseEntity<String> changed = rest.postForEntity("/api/collection-agency/callback", new HttpEntity<>(
                json(Map.of("reference", sent.getAgencyReference(), "status", "PAID", "amountCollected", "1.00")),
                tampered), String.class);

        for (ResponseEntity<String> refused : List.of(wrongKey, noKey, userLogin, documentedKey, stale, changed)) {
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(refused.getBody()).contains("callback is refused");
        }
        CollectionCase unchanged = agency.caseOf(invoice.getId()).orElseThrow();
        assertThat(unchanged.getStatus()).isEqualTo(CollectionCase.Status.SENT);
        assertThat(unchanged.getAmountCollected()).isNull();
        assertThat(closings.of(invoice.getId())).isEmpty();
        assertThat(history.of(invoice.getId())).extracting(InvoiceEvent::getEventType)
                .doesNotContain("COLLECTION_PAID");

        // the control: the right key is taken
        assertThat(callback(SECRET, news).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(closings.of(invoice.getId())).hasSize(1);
    }

    @Test
    void aReplayedCallbackIsRefusedAndChangesNothing() {
        Invoice invoice = overdue.sentInvoice();
        CollectionCase sent = agency.transfer(overdue.claimFor(invoice));
        String id = UUID.randomUUID().toString();
        long now = Instant.now().getEpochSecond();
        byte[] unpaid = json(Map.of("reference", sent.getAgencyReference(), "status", "CLOSED_UNPAID"));

        ResponseEntity<String> first = signedAt(SECRET, id, now, unpaid);
        ResponseEntity<String> replay = signedAt(SECRET, id, now, unpaid);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(replay.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(closings.of(invoice.getId())).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from agency_callback_receipt where callback_id = ?",
                Integer.class, id)).isEqualTo(1);
    }

    @Test
    void aCallbackForAnUnknownCaseOrWithAnUnknownStatusIsAProblem() {
        ResponseEntity<String> unknown = callback(SECRET, Map.of("reference", "no-such-case",
                "status", "PAID", "amountCollected", "1.00"));
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        Invoice invoice = overdue.sentInvoice();
        CollectionCase sent = agency.transfer(overdue.claimFor(invoice));
        ResponseEntity<String> odd = callback(SECRET, Map.of("reference", sent.getAgencyReference(),
                "status", "SETTLED"));
        assertThat(odd.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(odd.getBody()).contains("\"field\":\"status\"");
        assertThat(agency.caseOf(invoice.getId()).orElseThrow().getStatus()).isEqualTo(CollectionCase.Status.SENT);
    }

    // --- helpers ---

    private int rowsFor(Invoice invoice) {
        return jdbc.queryForObject("select count(*) from collection_case where invoice_id = ?", Integer.class,
                invoice.getId());
    }

    private List<Map<String, Object>> agencyCasesFor(Invoice invoice) {
        List<Map<String, Object>> all = rest.exchange("/sandbox/control/collection-agency/cases", HttpMethod.GET,
                new HttpEntity<>(sandboxHeaders()), JSON_LIST).getBody();
        return all.stream().filter(c -> ("collection-" + invoice.getId()).equals(c.get("idempotencyKey"))).toList();
    }

    private Map<String, Object> agencyCase(String reference) {
        ResponseEntity<Map<String, Object>> response = rest.exchange(
                "/sandbox/control/collection-agency/cases/" + reference, HttpMethod.GET,
                new HttpEntity<>(sandboxHeaders()), JSON);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private Map<String, Object> closeAtAgency(String reference, Map<String, Object> body) {
        ResponseEntity<Map<String, Object>> response = rest.exchange(
                "/sandbox/control/collection-agency/cases/" + reference + "/close", HttpMethod.POST,
                new HttpEntity<>(body, sandboxHeaders()), JSON);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    /** The news as the agency sends it: signed with {@code secret} (null: unsigned), a new id, the time now. */
    private ResponseEntity<String> callback(String secret, Map<String, Object> news) {
        if (secret == null) {
            return rest.postForEntity("/api/collection-agency/callback", new HttpEntity<>(news, jsonHeaders()),
                    String.class);
        }
        return signedAt(secret, UUID.randomUUID().toString(), Instant.now().getEpochSecond(), json(news));
    }

    private ResponseEntity<String> signedAt(String secret, String id, long timestamp, byte[] body) {
        HttpHeaders headers = jsonHeaders();
        headers.set(CallbackSignature.ID_HEADER, id);
        headers.set(CallbackSignature.TIMESTAMP_HEADER, String.valueOf(timestamp));
        headers.set(CallbackSignature.SIGNATURE_HEADER, CallbackSignature.sign(secret, id, timestamp, body));
        return rest.postForEntity("/api/collection-agency/callback", new HttpEntity<>(body, headers), String.class);
    }

    private byte[] json(Map<String, Object> news) {
        try {
            return objectMapper.writeValueAsBytes(news);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    private static HttpHeaders sandboxHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Api-Key", "sandbox-key");
        return headers;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> json, String key) {
        return (Map<String, Object>) json.get(key);
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
