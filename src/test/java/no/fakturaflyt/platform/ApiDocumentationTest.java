package no.fakturaflyt.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import no.fakturaflyt.support.FakturaflytTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The OpenAPI document as Swagger UI reads it: who we are, how to log in, and the API grouped by module. */
@FakturaflytTest
class ApiDocumentationTest {

    @Autowired TestRestTemplate rest;
    @Autowired ObjectMapper json;

    @Test
    void theDocumentHasATitleTheProjectsVersionADescriptionAndHttpBasicForEveryOperation() throws Exception {
        JsonNode api = read("/v3/api-docs/all");

        assertThat(api.at("/info/title").asText()).isEqualTo("Fakturaflyt API");
        assertThat(api.at("/info/version").asText()).matches("\\d+\\.\\d+\\.\\d+.*").doesNotContain("@");
        assertThat(api.at("/info/description").asText()).contains("HTTP Basic");
        assertThat(api.at("/components/securitySchemes/basicAuth/type").asText()).isEqualTo("http");
        assertThat(api.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
        assertThat(api.at("/security/0").has("basicAuth")).isTrue();
        assertThat(paths(api)).contains("/api/invoices", "/api/customers", "/api/bank-files", "/api/follow-up");
    }

    @Test
    void swaggerUiOffersOneDefinitionPerModuleBesideTheWholeApi() throws Exception {
        JsonNode config = read("/v3/api-docs/swagger-config");
        List<String> groups = new ArrayList<>();
        config.get("urls").forEach(url -> groups.add(url.get("name").asText()));
        assertThat(groups).contains("all", "customers", "invoicing", "payments", "follow-up", "sales", "ledger");

        List<String> invoicing = paths(read("/v3/api-docs/invoicing"));
        assertThat(invoicing).contains("/api/invoices", "/api/invoices/{id}/send")
                .noneMatch(path -> path.startsWith("/api/customers") || path.startsWith("/api/bank-files"));
        assertThat(paths(read("/v3/api-docs/payments"))).contains("/api/bank-files", "/api/invoices/{invoiceId}/payments")
                .noneMatch(path -> path.equals("/api/invoices"));
    }

    private JsonNode read(String path) throws Exception {
        ResponseEntity<String> response = rest.withBasicAuth("auditor", "auditor").getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private static List<String> paths(JsonNode api) {
        List<String> paths = new ArrayList<>();
        api.get("paths").fieldNames().forEachRemaining(paths::add);
        return paths;
    }
}
