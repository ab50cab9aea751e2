package no.fakturaflyt.dunning.agency;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import feign.FeignException;
import feign.RetryableException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.company.CompanySettingsService;
import no.fakturaflyt.document.DocumentService;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceEvent;
import no.fakturaflyt.invoicing.InvoiceHistory;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.http.HttpMessageConverters;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The agency failing: an error answer or no answer in time throws and records nothing, and the retry of a call the
 * agency took but answered too late opens no second case. WireMock plays a failing agency; the sandbox agency plays
 * one that is slow but takes the case. The service under test is the application's own, with its client pointed at
 * them and a read timeout of 1.5 s (the slow answers take 4 s: room for a loaded build machine either way).
 */
@FakturaflytTest
class CollectionAgencyFaultTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST =
            new ParameterizedTypeReference<>() {
            };
    private static WireMockServer wiremock;

    @Autowired ObjectProvider<HttpMessageConverters> converters;
    @Autowired CollectionCaseRepository cases;
    @Autowired CompanySettingsService company;
    @Autowired InvoiceHistory history;
    @Autowired CaseStatusUpdates statusUpdates;
    @Autowired PlatformTransactionManager transactions;
    @Autowired OsloClock clock;
    @Autowired TestData data;
    @Autowired Jobs jobs;
    @Autowired InvoiceService invoices;
    @Autowired DocumentService documents;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestRestTemplate rest;
    @LocalServerPort int port;

    private OverdueInvoices overdue;

    @BeforeAll
    static void startAgency() {
        wiremock = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        wiremock.start();
    }

    @AfterAll
    static void stopAgency() {
        wiremock.stop();
    }

    @BeforeEach
    void setUp() {
        wiremock.resetAll();
        overdue = new OverdueInvoices(data, jobs, invoices, documents, clock);
    }

    @Test
    void anAgencyAnswering500ThrowsAndNothingIsRecorded() {
        wiremock.stubFor(post(urlEqualTo("/cases")).willReturn(aResponse().withStatus(500)));
        Invoice invoice = overdue.sentInvoice();

        assertThatThrownBy(() -> serviceAt(wiremock.baseUrl()).transfer(overdue.claimFor(invoice)))
                .isInstanceOf(FeignException.InternalServerError.class);

        assertNothingRecorded(invoice);
        List<LoggedRequest> requests = wiremock.findAll(anyRequestedFor(anyUrl()));
        assertThat(requests).singleElement().satisfies(request -> {
            assertThat(request.getHeader("Idempotency-Key")).isEqualTo("collection-" + invoice.getId());
            assertThat(request.getHeader("X-Api-Key")).isEqualTo("agency-key");
        });
    }

    @Test
    void anAgencyAnsweringTooLateThrowsAndTheRetryCarriesTheSameKeyAndRecordsOneCase() {
        // the agency takes the first call but answers after we gave up; the retry gets the case it opened then
        String opened = """
                {"reference":"INK-2025-0042","status":"OPEN"}""";
        wiremock.stubFor(post(urlEqualTo("/cases")).inScenario("slow").whenScenarioStateIs(STARTED)
                .willReturn(okJson(opened).withFixedDelay(4_000)).willSetStateTo("taken"));
        wiremock.stubFor(post(urlEqualTo("/cases")).inScenario("slow").whenScenarioStateIs("taken")
                .willReturn(okJson(opened)));
        Invoice invoice = overdue.sentInvoice();
        CollectionAgencyService service = serviceAt(wiremock.baseUrl());
        CollectionClaim claim = overdue.claimFor(invoice);

        assertThatThrownBy(() -> service.transfer(claim)).isInstanceOf(RetryableException.class)
                .hasRootCauseInstanceOf(SocketTimeoutException.class);
        assertNothingRecorded(invoice);

        CollectionCase retried = service.transfer(claim);

        assertThat(retried.getAgencyReference()).isEqualTo("INK-2025-0042");
        assertThat(rowsFor(invoice)).isEqualTo(1);
        assertThat(wiremock.findAll(anyRequestedFor(anyUrl()))).hasSize(2)
                .allSatisfy(request -> assertThat(request.getHeader("Idempotency-Key"))
                        .isEqualTo("collection-" + invoice.getId()));
    }

    @Test
    void aSlowSandboxAgencyTakesTheCaseOnceThoughTheFirstCallTimedOut() {
        Invoice invoice = overdue.sentInvoice();
        CollectionAgencyService service = serviceAt("http://127.0.0.1:" + port + "/sandbox/collection-agency");
        CollectionClaim claim = overdue.claimFor(invoice);
        rest.postForEntity("/sandbox/faults", new HttpEntity<>(Map.of("provider", "collection-agency",
                "delayMillis", 4000), sandboxHeaders()), String.class);

        assertThatThrownBy(() -> service.transfer(claim)).isInstanceOf(RetryableException.class);
        assertNothingRecorded(invoice);
        assertThat(agencyCasesFor(invoice)).hasSize(1); // the agency has it already

        CollectionCase retried = service.transfer(claim);

        List<Map<String, Object>> atAgency = agencyCasesFor(invoice);
        assertThat(atAgency).singleElement()
                .satisfies(c -> assertThat(c.get("reference")).isEqualTo(retried.getAgencyReference()));
        assertThat(rowsFor(invoice)).isEqualTo(1);
        assertThat(history.of(invoice.getId())).extracting(InvoiceEvent::getEventType)
                .containsOnlyOnce("COLLECTION_TRANSFERRED");
    }

    private CollectionAgencyService serviceAt(String baseUrl) {
        CollectionAgencyProperties properties = new CollectionAgencyProperties(baseUrl, baseUrl.contains("/sandbox")
                ? "sandbox-key" : "agency-key", null, Duration.ofSeconds(2), Duration.ofMillis(1_500), null, null, null);
        CollectionAgencyClient client = CollectionAgencyClientConfiguration.client(converters, properties,
                CollectionAgencyClientConfiguration.fixed(baseUrl));
        return new CollectionAgencyService(client, cases, company, history, statusUpdates, clock, transactions);
    }

    private void assertNothingRecorded(Invoice invoice) {
        assertThat(rowsFor(invoice)).isZero();
        assertThat(cases.findByInvoiceId(invoice.getId())).isEmpty();
        assertThat(history.of(invoice.getId())).extracting(InvoiceEvent::getEventType)
                .doesNotContain("COLLECTION_TRANSFERRED");
    }

    private int rowsFor(Invoice invoice) {
        return jdbc.queryForObject("select count(*) from collection_case where invoice_id = ?", Integer.class,
                invoice.getId());
    }

    private List<Map<String, Object>> agencyCasesFor(Invoice invoice) {
        List<Map<String, Object>> all = rest.exchange("/sandbox/control/collection-agency/cases", HttpMethod.GET,
                new HttpEntity<>(sandboxHeaders()), JSON_LIST).getBody();
        return all.stream().filter(c -> ("collection-" + invoice.getId()).equals(c.get("idempotencyKey"))).toList();
    }

    private static HttpHeaders sandboxHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Api-Key", "sandbox-key");
        return headers;
    }
}
