package no.fakturaflyt.customer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.customer.register.BusinessRegister;
import no.fakturaflyt.customer.register.BusinessRegisterClientConfiguration;
import no.fakturaflyt.customer.register.BusinessRegisterProperties;
import no.fakturaflyt.customer.register.BusinessRegisterUnavailableException;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Sandbox;
import no.fakturaflyt.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.http.HttpMessageConverters;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Enhetsregisteret through the sandbox's stand-in (the register's own JSON) and WireMock for a register that fails. */
@FakturaflytTest
class BusinessRegisterTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Autowired TestRestTemplate rest;
    @Autowired Sandbox sandbox;
    @Autowired TestData data;
    @Autowired CustomerService customers;

    @AfterEach
    void sandboxAsSeeded() {
        sandbox.call(HttpMethod.DELETE, "/sandbox/brreg/entities", null);
        sandbox.call(HttpMethod.DELETE, "/sandbox/faults", null);
    }

    /**
     * The shape of GET https://data.brreg.no/enhetsregisteret/api/enheter/{orgnr} as the register's OpenAPI
     * description gives it (schema Enhet: organisasjonsform, forretningsadresse with adresse as a list of lines,
     * registrertIMvaregisteret, registrertIForetaksregisteret, konkurs, underAvvikling, ...), for a bankrupt AS.
     */
    private static Map<String, Object> bankrupt(String orgNumber) {
        return Map.ofEntries(
                Map.entry("organisasjonsnummer", orgNumber),
                Map.entry("navn", "KONKURSBO TEST AS"),
                Map.entry("organisasjonsform", Map.of("kode", "AS", "beskrivelse", "Aksjeselskap",
                        "_links", Map.of("self", Map.of("href",
                                "https://data.brreg.no/enhetsregisteret/api/organisasjonsformer/AS")))),
                Map.entry("forretningsadresse", Map.of("land", "Norge", "landkode", "NO", "postnummer", "0186",
                        "poststed", "OSLO", "adresse", List.of("Brugata 19", "3. etasje"), "kommune", "OSLO",
                        "kommunenummer", "0301")),
                Map.entry("registreringsdatoEnhetsregisteret", "2012-05-04"),
                Map.entry("registrertIMvaregisteret", true),
                Map.entry("naeringskode1", Map.of("kode", "47.710", "beskrivelse", "Butikkhandel med klær")),
                Map.entry("antallAnsatte", 4),
                Map.entry("registrertIForetaksregisteret", true),
                Map.entry("registrertIStiftelsesregisteret", false),
                Map.entry("registrertIFrivillighetsregisteret", false),
                Map.entry("konkurs", true),
                Map.entry("underAvvikling", false),
                Map.entry("underTvangsavviklingEllerTvangsopplosning", false),
                Map.entry("maalform", "Bokmål"),
                Map.entry("_links", Map.of("self", Map.of("href",
                        "https://data.brreg.no/enhetsregisteret/api/enheter/" + orgNumber))));
    }

    @Test
    void theLookupReadsTheRegistersAnswer() {
        String orgNumber = TestData.orgNumber();
        sandbox.call(HttpMethod.POST, "/sandbox/brreg/entities", bankrupt(orgNumber));

        Map<String, Object> entry = lookup(orgNumber).getBody();

        assertThat(entry).containsEntry("name", "KONKURSBO TEST AS").containsEntry("organisationForm", "AS")
                .containsEntry("addressLines", List.of("Brugata 19", "3. etasje")).containsEntry("postalCode", "0186")
                .containsEntry("city", "OSLO").containsEntry("countryCode", "NO").containsEntry("vatRegistered", true)
                .containsEntry("inRegisterOfBusinessEnterprises", true).containsEntry("bankrupt", true)
                .containsEntry("status", "BANKRUPT");
        assertThat((String) entry.get("warning")).contains("bankrupt");

        assertThat(lookup("974760673").getBody()).containsEntry("status", "DELETED")
                .containsEntry("deletedOn", "2025-11-30");
        assertThat(lookup("910000012").getBody()).as("410: removed").containsEntry("status", "DELETED");
        assertThat(lookup("910000004").getBody()).containsEntry("status", "ACTIVE")
                .containsEntry("organisationForm", "ENK").containsEntry("vatRegistered", false);
        assertThat(lookup("910000039").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<Map<String, Object>> invalid = lookup("910000038");
        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(invalid.getBody()).containsEntry("field", "orgNumber");
    }

    @Test
    void theDifferenceIsShownThenTakenAndABankruptCustomerIsFlaggedOnItsDrafts() {
        Customer customer = data.business("kunde@example.com");
        sandbox.call(HttpMethod.POST, "/sandbox/brreg/entities", bankrupt(customer.getOrgNumber()));
        var draft = data.draft(customer, data.product("3", "100.00"), 1);
        assertThat(invoice(draft.getId()).get("warnings")).isEqualTo(List.of());

        Map<String, Object> comparison = clerk().exchange("/api/customers/" + customer.getId()
                + "/register-comparison", HttpMethod.GET, null, JSON).getBody();

        assertThat(comparison.get("differences")).isEqualTo(List.of(
                Map.of("field", "name", "current", customer.getName(), "register", "KONKURSBO TEST AS"),
                Map.of("field", "addressLine1", "current", "Kundeveien 2", "register", "Brugata 19"),
                Map.of("field", "addressLine2", "register", "3. etasje"),
                Map.of("field", "postalCode", "current", "5003", "register", "0186"),
                Map.of("field", "city", "current", "Bergen", "register", "OSLO")).stream()
                .map(d -> { var m = new java.util.HashMap<String, Object>(d); m.putIfAbsent("current", null);
                    return m; }).toList());
        assertThat(customers.get(customer.getId()).getName()).as("nothing saved").isEqualTo(customer.getName());

        ResponseEntity<Map<String, Object>> stale = refresh(customer.getId(), customer.getVersion() + 7);
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        ResponseEntity<Map<String, Object>> taken = refresh(customer.getId(),
                ((Number) comparison.get("version")).longValue());

        assertThat(taken.getStatusCode()).as("%s", taken.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(taken.getBody()).containsEntry("name", "KONKURSBO TEST AS").containsEntry("city", "OSLO")
                .containsEntry("addressLine2", "3. etasje").containsEntry("registerStatus", "BANKRUPT");
        assertThat((List<?>) invoice(draft.getId()).get("warnings")).singleElement().asString()
                .contains("bankrupt");
        var newDraft = data.draft(customers.get(customer.getId()), data.product("3", "50.00"), 2);
        assertThat((List<?>) invoice(newDraft.getId()).get("warnings")).hasSize(1);
    }

    @Test
    void aRegisterThatIsDownChangesNothing() {
        Customer customer = data.business("nede@example.com");
        sandbox.call(HttpMethod.POST, "/sandbox/faults", Map.of("provider", "brreg", "status", 503, "times", 1));

        ResponseEntity<Map<String, Object>> response = refresh(customer.getId(), null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(response.getBody()).containsEntry("type",
                "https://fakturaflyt.no/problems/register-unavailable");
        assertThat(String.valueOf(response.getBody().get("detail"))).contains("nothing was changed");
        assertThat(customers.get(customer.getId()).getRegisterStatus()).isNull();

        WireMockServer register = new WireMockServer(wireMockConfig().dynamicPort());
        register.start();
        try {
            BusinessRegisterProperties properties = new BusinessRegisterProperties("http://127.0.0.1:"
                    + register.port(), null, Duration.ofSeconds(5), Duration.ofSeconds(5));
            RegisterRefresh refresh = new RegisterRefresh(customers, new BusinessRegister(
                    BusinessRegisterClientConfiguration.client(HttpMessageConverters::new, properties,
                            () -> "http://127.0.0.1:" + register.port())));
            register.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(500)));
            assertThatThrownBy(() -> refresh.compare(customer.getId()))
                    .isInstanceOf(BusinessRegisterUnavailableException.class).hasMessageContaining("500");
            register.resetAll();
            register.stubFor(get(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
            assertThatThrownBy(() -> refresh.apply(customer.getId(), null, null))
                    .isInstanceOf(BusinessRegisterUnavailableException.class);
            register.resetAll();
            register.stubFor(get(anyUrl()).willReturn(aResponse().withFixedDelay(8000).withStatus(200)));
            assertThatThrownBy(() -> refresh.apply(customer.getId(), null, null))
                    .isInstanceOf(BusinessRegisterUnavailableException.class);
        } finally {
            register.stop();
        }
        Customer after = customers.get(customer.getId());
        assertThat(after.getVersion()).isEqualTo(customer.getVersion());
        assertThat(after.getName()).isEqualTo(customer.getName());
        assertThat(after.getRegisterStatus()).isNull();
    }

    private TestRestTemplate clerk() {
        return rest.withBasicAuth("clerk", "clerk");
    }

    private ResponseEntity<Map<String, Object>> lookup(String orgNumber) {
        return clerk().exchange("/api/business-register/" + orgNumber, HttpMethod.GET, null, JSON);
    }

    private ResponseEntity<Map<String, Object>> refresh(long id, Long version) {
        return clerk().exchange("/api/customers/" + id + "/register-refresh", HttpMethod.POST,
                new HttpEntity<>(version == null ? Map.of() : Map.of("version", version)), JSON);
    }

    private Map<String, Object> invoice(long id) {
        return clerk().exchange("/api/invoices/" + id, HttpMethod.GET, null, JSON).getBody();
    }
}
