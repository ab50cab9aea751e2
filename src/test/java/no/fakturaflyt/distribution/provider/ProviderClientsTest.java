package no.fakturaflyt.distribution.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import feign.FeignException;
import feign.RetryableException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.fakturaflyt.support.FakturaflytTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

/** Every provider client against the application's own sandbox, over real HTTP on the random port. */
@FakturaflytTest
class ProviderClientsTest {

    private static final String PDF = Base64.getEncoder()
            .encodeToString("%PDF-1.4\n% a test document\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    private static final String UBL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
                     xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
              <cbc:ID>10001</cbc:ID>
            </Invoice>
            """;
    private static final LocalDate DUE = LocalDate.of(2025, 3, 14);

    @Autowired
    PeppolAccessPointClient peppol;
    @Autowired
    EfakturaClient efaktura;
    @Autowired
    VippsClient vipps;
    @Autowired
    PrintServiceClient print;
    @Autowired
    FactoringClient factoring;
    @Autowired
    ProviderClientFactory factory;

    @LocalServerPort
    int port;
    @Value("${fakturaflyt.sandbox.api-key}")
    String apiKey;

    RestClient sandbox;

    @BeforeEach
    void emptySandbox() {
        sandbox = RestClient.builder().baseUrl("http://127.0.0.1:" + port + "/sandbox")
                .defaultHeader("X-Api-Key", apiKey).build();
        sandbox.delete().uri("/received").retrieve().toBodilessEntity();
        sandbox.delete().uri("/faults").retrieve().toBodilessEntity();
    }

    @AfterEach
    void noFaultLeftForOthers() {
        sandbox.delete().uri("/faults").retrieve().toBodilessEntity();
    }

    @Test
    void peppolLookupFindsRegisteredParticipantsOnly() {
        assertThat(peppol.lookup("0192:987654325").participantId()).isEqualTo("0192:987654325");
        assertThat(peppol.lookup("0192:987654325").documentTypes()).anyMatch(type -> type.contains("Invoice-2"));

        assertThatThrownBy(() -> peppol.lookup("0192:923609016"))
                .isInstanceOf(ProviderRecipientNotFoundException.class)
                .hasMessageContaining("peppol")
                .extracting(e -> ((ProviderRecipientNotFoundException) e).provider()).isEqualTo("peppol");

        sandbox.post().uri("/peppol/participants").body(Map.of("participantId", "923609016"))
                .retrieve().toBodilessEntity();
        assertThat(peppol.lookup("0192:923609016").participantId()).isEqualTo("0192:923609016");
    }

    @Test
    void peppolSendAnswersWithAMessageIdAndTheSandboxListsIt() {
        String key = key("EHF");

        PeppolReceipt receipt = peppol.send(key, "0192:987654325", UBL);

        assertThat(receipt.messageId()).isNotBlank();
        assertThat(receipt.receivedAt()).isNotNull();
        List<Map<String, Object>> received = received("peppol");
        assertThat(received).singleElement().satisfies(item -> {
            assertThat(item).containsEntry("idempotencyKey", key);
            assertThat((String) item.get("summary")).contains("Invoice to 0192:987654325");
            assertThat(item.get("receivedAt")).isNotNull();
        });
        assertThatThrownBy(() -> peppol.send(key("EHF"), "0192:923609024", UBL))
                .isInstanceOf(ProviderRecipientNotFoundException.class);
    }

    @Test
    void efakturaLookupFindsAConsumerByEmailOrPhoneOrNone() {
        EfakturaConsumer kari = efaktura.lookup(
                new EfakturaLookupRequest("Kari Nordmann", "Storgata 1", "0155", null, "Kari@Example.com"));
        assertThat(kari.efakturaAddress()).isNotBlank();

        assertThatThrownBy(() -> efaktura.lookup(
                new EfakturaLookupRequest("Ola Nordmann", "Storgata 2", "0155", "+47 400 00 001", "ola@example.com")))
                .isInstanceOf(ProviderRecipientNotFoundException.class);

        sandbox.post().uri("/efaktura/consumers").body(Map.of("emailOrPhone", "40000001"))
                .retrieve().toBodilessEntity();
        assertThat(efaktura.lookup(
                new EfakturaLookupRequest("Ola Nordmann", null, null, "+47 400 00 001", "ola@example.com"))
                .efakturaAddress()).isNotBlank();

        EfakturaReceipt receipt = efaktura.send(key("EFAKTURA"), new EfakturaInvoiceRequest(kari.efakturaAddress(),
                "10001", "000010000157", new BigDecimal("1250.00"), DUE, PDF));
        assertThat(receipt.receiptId()).isNotBlank();
        assertThat(received("efaktura")).singleElement()
                .satisfies(item -> assertThat((String) item.get("summary")).contains("10001", "1250.00"));
    }

    @Test
    void vippsTakesInvoicesForKnownMobilesOnly() {
        VippsReceipt receipt = vipps.send(key("VIPPS"), new VippsInvoiceRequest("+47 912 34 567", "10001",
                "000010000157", new BigDecimal("1250.00"), DUE, PDF));
        assertThat(receipt.receiptId()).isNotBlank();

        assertThatThrownBy(() -> vipps.send(key("VIPPS"), new VippsInvoiceRequest("+4799999999", "10002",
                "000010000264", new BigDecimal("10.00"), DUE, PDF)))
                .isInstanceOf(ProviderRecipientNotFoundException.class);
        assertThat(received("vipps")).hasSize(1);
    }

    @Test
    void printServiceTakesAJob() {
        PrintReceipt receipt = print.print(key("AUTOPOST"), new PrintJobRequest("Harbour Trading Ltd",
                List.of("1 Dock Street", "E1 8AA London", "United Kingdom"), PDF, 3));

        assertThat(receipt.jobId()).isNotBlank();
        assertThat(received("print")).singleElement()
                .satisfies(item -> assertThat((String) item.get("summary")).contains("Harbour Trading Ltd", "3 page"));
    }

    @Test
    void factoringAcceptsUpToItsLimitAndRejectsAbove() {
        FactoringDecision accepted = factoring.offer(key("FACTORING"), new FactoringOfferRequest("10001",
                "Nordlys Bygg AS", "987654325", new BigDecimal("50000.00"), DUE, PDF));
        FactoringDecision rejected = factoring.offer(key("FACTORING"), new FactoringOfferRequest("10002",
                "Nordlys Bygg AS", "987654325", new BigDecimal("250000.00"), DUE, PDF));

        assertThat(accepted.accepted()).isTrue();
        assertThat(accepted.outcome()).isEqualTo(FactoringDecision.Outcome.ACCEPTED);
        assertThat(accepted.reference()).isNotBlank();
        assertThat(rejected.outcome()).isEqualTo(FactoringDecision.Outcome.REJECTED);
        assertThat(rejected.reference()).isNull();
        assertThat(rejected.reason()).contains("250000.00");
        assertThat(received("factoring")).hasSize(2);
    }

    @Test
    void theSameIdempotencyKeyTwiceIsTakenOnceWithTheSameReceipt() {
        String key = key("EHF");

        PeppolReceipt first = peppol.send(key, "0192:987654325", UBL);
        PeppolReceipt second = peppol.send(key, "0192:987654325", UBL);

        assertThat(second).isEqualTo(first);
        assertThat(received("peppol")).hasSize(1);
        assertThat(peppol.send(key("EHF"), "0192:987654325", UBL).messageId()).isNotEqualTo(first.messageId());
        assertThat(received("peppol")).hasSize(2);
    }

    @Test
    void anInjectedFaultIsATechnicalFailureAndTheNextCallSucceeds() {
        sandbox.post().uri("/faults").body(Map.of("provider", "vipps", "status", 500, "times", 1))
                .retrieve().toBodilessEntity();
        String key = key("VIPPS");
        VippsInvoiceRequest invoice = new VippsInvoiceRequest("+4791234567", "10001", "000010000157",
                new BigDecimal("1250.00"), DUE, PDF);

        assertThatThrownBy(() -> vipps.send(key, invoice))
                .isInstanceOf(FeignException.FeignServerException.class)
                .isNotInstanceOf(ProviderRecipientNotFoundException.class)
                .extracting(e -> ((FeignException) e).status()).isEqualTo(500);
        assertThat(received("vipps")).isEmpty();

        assertThat(vipps.send(key, invoice).receiptId()).isNotBlank();
        assertThat(received("vipps")).hasSize(1);
    }

    @Test
    void aTimedOutSendRetriedWithTheSameKeyIsDeliveredOnce() {
        // a client of the same factory with a short read timeout; the sandbox takes the job but answers too late
        PrintServiceClient impatient = factory.create(PrintServiceClient.class, "print",
                new ProviderProperties.Provider("self", apiKey, null, null, null, Duration.ofSeconds(2),
                        Duration.ofMillis(500)));
        sandbox.post().uri("/faults").body(Map.of("provider", "print", "delayMillis", 2_000))
                .retrieve().toBodilessEntity();
        String key = key("AUTOPOST");
        PrintJobRequest job = new PrintJobRequest("Kari Nordmann", List.of("Storgata 1", "0155 Oslo"), PDF, 2);

        assertThatThrownBy(() -> impatient.print(key, job)).isInstanceOf(RetryableException.class);
        PrintReceipt retried = impatient.print(key, job);

        assertThat(retried.jobId()).isNotBlank();
        assertThat(received("print")).singleElement().satisfies(item -> {
            assertThat(item).containsEntry("idempotencyKey", key);
            assertThat(item.get("receipt")).asInstanceOf(MAP).containsEntry("jobId", retried.jobId());
        });
    }

    @Test
    void aWrongApiKeyIsATechnicalFailure() {
        VippsClient stranger = factory.create(VippsClient.class, "vipps",
                new ProviderProperties.Provider("self", "wrong-key", null, null, null, null, null));

        assertThatThrownBy(() -> stranger.send(key("VIPPS"), new VippsInvoiceRequest("+4791234567", "10001",
                "000010000157", new BigDecimal("1250.00"), DUE, PDF)))
                .isInstanceOf(FeignException.Unauthorized.class);
    }

    private List<Map<String, Object>> received(String provider) {
        return sandbox.get().uri("/{provider}/received", provider).retrieve()
                .body(new ParameterizedTypeReference<>() { });
    }

    /** As the distribution run makes them: the document and the channel. */
    private static String key(String channel) {
        return "document-" + UUID.randomUUID() + ":" + channel;
    }
}
