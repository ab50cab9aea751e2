package no.fakturaflyt.distribution.provider;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import feign.FeignException;
import feign.RetryableException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.http.HttpMessageConverters;

/**
 * The property that lets a provider deliver once: a send the provider accepted but answered too late times out, the
 * caller retries, and both requests carry the same Idempotency-Key. WireMock plays the provider; the clients come from
 * the application's own factory, without a Spring context.
 */
class IdempotentRetryTest {

    private static final String KEY = "invoice-10001:CHANNEL";
    private static final String PDF = "JVBERi0xLjQK"; // "%PDF-1.4\n"
    private static final LocalDate DUE = LocalDate.of(2025, 3, 14);
    /** One answer that fits every provider's receipt. */
    private static final String RECEIPT = """
            {"messageId":"msg-1","receiptId":"rcpt-1","jobId":"job-1","outcome":"ACCEPTED","reference":"fac-1",
             "receivedAt":"2025-03-01T10:15:30Z"}""";

    private static WireMockServer provider;

    private final ProviderClientFactory factory = new ProviderClientFactory(HttpMessageConverters::new, () -> {
        throw new AssertionError("these clients have a real URL; the sandbox is not asked");
    });

    @BeforeAll
    static void startProvider() {
        provider = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        provider.start();
    }

    @AfterAll
    static void stopProvider() {
        provider.stop();
    }

    @BeforeEach
    void reset() {
        provider.resetAll();
    }

    static Stream<Arguments> sendingCalls() {
        return Stream.of(
                Arguments.of("peppol", (Function<Clients, Object>) s -> s.client(
                        PeppolAccessPointClient.class).send(KEY, "0192:987654325", "<Invoice/>")),
                Arguments.of("efaktura", (Function<Clients, Object>) s -> s.client(
                        EfakturaClient.class).send(KEY, new EfakturaInvoiceRequest("efaktura:kari@example.com",
                        "10001", "000010000157", new BigDecimal("1250.00"), DUE, PDF))),
                Arguments.of("vipps", (Function<Clients, Object>) s -> s.client(
                        VippsClient.class).send(KEY, new VippsInvoiceRequest("+4791234567", "10001",
                        "000010000157", new BigDecimal("1250.00"), DUE, PDF))),
                Arguments.of("print", (Function<Clients, Object>) s -> s.client(
                        PrintServiceClient.class).print(KEY, new PrintJobRequest("Kari Nordmann",
                        List.of("Storgata 1", "0155 Oslo"), PDF, 1))),
                Arguments.of("factoring", (Function<Clients, Object>) s -> s.client(
                        FactoringClient.class).offer(KEY, new FactoringOfferRequest("10001", "Nordlys Bygg AS",
                        "987654325", new BigDecimal("1250.00"), DUE, PDF))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sendingCalls")
    void aSendAnsweredTooLateIsRetriedWithTheSameIdempotencyKey(String name,
            Function<Clients, Object> send) {
        // the provider takes the first request but answers after the client gave up; then it answers at once
        provider.stubFor(any(anyUrl()).inScenario("slow").whenScenarioStateIs(STARTED)
                .willReturn(okJson(RECEIPT).withFixedDelay(1_500)).willSetStateTo("accepted"));
        provider.stubFor(any(anyUrl()).inScenario("slow").whenScenarioStateIs("accepted")
                .willReturn(okJson(RECEIPT)));
        Clients sender = sender(name, Duration.ofMillis(300));

        assertThatThrownBy(() -> send.apply(sender))
                .isInstanceOf(RetryableException.class)
                .hasRootCauseInstanceOf(SocketTimeoutException.class);
        Object receipt = send.apply(sender); // the caller's retry

        assertThat(receipt).isNotNull();
        List<LoggedRequest> requests = provider.findAll(anyRequestedFor(anyUrl()));
        assertThat(requests).hasSize(2)
                .allSatisfy(request -> {
                    assertThat(request.getHeader("Idempotency-Key")).isEqualTo(KEY);
                    assertThat(request.getHeader("Authorization")).startsWith("Basic ");
                });
    }

    @Test
    void aClientDoesNotRetryByItself() {
        provider.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503)));
        VippsClient vipps = sender("vipps", Duration.ofSeconds(2)).client(VippsClient.class);

        assertThatThrownBy(() -> vipps.send(KEY, new VippsInvoiceRequest("+4791234567", "10001", "000010000157",
                new BigDecimal("1250.00"), DUE, PDF)))
                .isInstanceOf(FeignException.ServiceUnavailable.class);
        assertThat(provider.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
    }

    @Test
    void a404MeansRecipientNotFoundOnRecipientEndpointsOnly() {
        provider.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)));

        assertThatThrownBy(() -> sender("vipps", Duration.ofSeconds(2)).client(VippsClient.class).send(KEY,
                new VippsInvoiceRequest("+4799999999", "10001", "000010000157", BigDecimal.TEN, DUE, PDF)))
                .isInstanceOf(ProviderRecipientNotFoundException.class);
        assertThatThrownBy(() -> sender("print", Duration.ofSeconds(2)).client(PrintServiceClient.class).print(KEY,
                new PrintJobRequest("Kari Nordmann", List.of("Storgata 1"), PDF, 1)))
                .isInstanceOf(FeignException.NotFound.class);
    }

    @Test
    void aProviderThatIsDownIsATechnicalFailure() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        PeppolAccessPointClient peppol = factory.create(PeppolAccessPointClient.class, "peppol",
                new ProviderProperties.Provider("http://127.0.0.1:" + closedPort, "key", null, null, null,
                        Duration.ofMillis(500), Duration.ofMillis(500)));

        assertThatThrownBy(() -> peppol.lookup("0192:987654325")).isInstanceOf(RetryableException.class);
    }

    @Test
    void theApiKeyGoesInItsHeader() {
        provider.stubFor(any(anyUrl()).withHeader("X-Api-Key", equalTo("s3cret"))
                .willReturn(okJson("{\"participantId\":\"0192:987654325\",\"documentTypes\":[]}")));
        PeppolAccessPointClient peppol = factory.create(PeppolAccessPointClient.class, "peppol",
                new ProviderProperties.Provider(provider.baseUrl() + "/", "s3cret", null, null, null, null, null));

        assertThat(peppol.lookup("0192:987654325").participantId()).isEqualTo("0192:987654325");
    }

    /** The clients of one provider, all pointed at WireMock. */
    interface Clients {
        <T> T client(Class<T> api);
    }

    private Clients sender(String name, Duration readTimeout) {
        ProviderProperties.Provider settings = new ProviderProperties.Provider(provider.baseUrl(), null, null,
                "fakturaflyt", "secret", Duration.ofSeconds(1), readTimeout);
        return new Clients() {
            @Override
            public <T> T client(Class<T> api) {
                return factory.create(api, name, settings);
            }
        };
    }
}
