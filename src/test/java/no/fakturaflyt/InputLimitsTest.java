package no.fakturaflyt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.TestData;
import no.fakturaflyt.support.Uploads;
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
 * Input beyond what the columns hold or the databases agree on: amounts and line totals above numeric(19, 2), NUL
 * characters, dates far from now, odd uploads. Each is a 4xx RFC 7807 problem naming the field, and nothing is
 * written. Every check runs before the database is touched (bean validation, the Jackson reader, the line resolver,
 * the multipart resolver), so the answer is the same on H2 and PostgreSQL.
 */
@FakturaflytTest
class InputLimitsTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Autowired TestRestTemplate rest;
    @Autowired TestData data;
    @Autowired Jobs jobs;
    @Autowired JdbcTemplate jdbc;
    @Autowired InvoiceService invoices;

    // --- amounts above the columns' precision ---

    @Test
    void aPaymentOfTenToTheTwentiethIsRefusedNamingTheAmount() {
        Invoice invoice = posted();
        long payments = count("payment");

        ResponseEntity<Map<String, Object>> response = exchangeRaw("clerk", HttpMethod.POST,
                "/api/invoices/" + invoice.getId() + "/payments",
                "{\"amount\": 1e20, \"paidOn\": \"" + invoice.getInvoiceDate() + "\"}");

        assertProblem(response, HttpStatus.BAD_REQUEST, "amount");
        assertThat(count("payment")).isEqualTo(payments);
    }

    @Test
    void aLineWhoseTotalOverflowsTheColumnIsRefusedNamingTheLine() {
        Customer customer = data.business("kunde@kunde.example");
        long invoicesBefore = count("invoice");

        // each number fits its own column: quantity numeric(19, 3), unit price numeric(19, 2); the product does not
        ResponseEntity<Map<String, Object>> response = exchange("clerk", HttpMethod.POST, "/api/invoices", Map.of(
                "customerId", customer.getId(),
                "lines", List.of(freeLine("999999999999.999", "999999999999999.99"))));

        assertProblem(response, HttpStatus.BAD_REQUEST, "lines[0]");
        assertThat(count("invoice")).isEqualTo(invoicesBefore);
    }

    @Test
    void linesThatFitOneByOneButNotTogetherAreRefusedNamingTheLines() {
        Customer customer = data.business("kunde@kunde.example");
        long invoicesBefore = count("invoice");
        // 60 000 000 000 000 000 net, 75 000 000 000 000 000 with VAT: fits; twice that does not
        Map<String, Object> line = freeLine("600000000", "100000000.00");

        ResponseEntity<Map<String, Object>> response = exchange("clerk", HttpMethod.POST, "/api/invoices", Map.of(
                "customerId", customer.getId(), "lines", List.of(line, line)));

        assertProblem(response, HttpStatus.BAD_REQUEST, "lines");
        assertThat(count("invoice")).isEqualTo(invoicesBefore);
        // the control: one such line is accepted
        assertThat(exchange("clerk", HttpMethod.POST, "/api/invoices", Map.of("customerId", customer.getId(),
                "lines", List.of(line))).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aQuoteLineWhoseTotalOverflowsIsRefusedNamingTheLine() {
        Customer customer = data.business("kunde@kunde.example");
        long quotes = count("quote");

        ResponseEntity<Map<String, Object>> response = exchange("clerk", HttpMethod.POST, "/api/quotes", Map.of(
                "customerId", customer.getId(),
                "lines", List.of(freeLine("999999999999.999", "999999999999999.99"))));

        assertProblem(response, HttpStatus.BAD_REQUEST, "lines[0]");
        assertThat(count("quote")).isEqualTo(quotes);
    }

    // --- NUL characters ---

    @Test
    void aNulInATextIsRefusedNamingTheField() {
        long customers = count("customer");
        Map<String, Object> form = person("Ola\u0000Nordmann");

        ResponseEntity<Map<String, Object>> response = exchange("clerk", HttpMethod.POST, "/api/customers", form);

        assertProblem(response, HttpStatus.BAD_REQUEST, "name");
        assertThat(count("customer")).isEqualTo(customers);
        assertThat(exchange("clerk", HttpMethod.POST, "/api/customers", person("Ola Nordmann")).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aNulInALineDescriptionIsRefusedNamingTheLine() {
        Customer customer = data.business("kunde@kunde.example");
        long invoicesBefore = count("invoice");
        Map<String, Object> line = new LinkedHashMap<>(freeLine("1", "100.00"));
        line.put("description", "Konsulent\u0000timer");

        ResponseEntity<Map<String, Object>> response = exchange("clerk", HttpMethod.POST, "/api/invoices", Map.of(
                "customerId", customer.getId(), "lines", List.of(line)));

        assertProblem(response, HttpStatus.BAD_REQUEST, "lines[0].description");
        assertThat(count("invoice")).isEqualTo(invoicesBefore);
    }

    @Test
    void aFileNameWithNulIsRefusedNamingTheFile() {
        long imports = count("bank_file_import");

        ResponseEntity<Map<String, Object>> response = upload("/api/bank-files", HttpMethod.POST,
                "ocr\u0000.txt", "NY000010".getBytes());

        assertProblem(response, HttpStatus.BAD_REQUEST, "file");
        assertThat(count("bank_file_import")).isEqualTo(imports);
    }

    // --- dates far from now ---

    @Test
    void anInvoiceDateFarInThePastOrFutureIsRefusedNamingTheField() {
        Customer customer = data.business("kunde@kunde.example");
        long invoicesBefore = count("invoice");

        for (String date : List.of("0001-01-01", "1899-12-31", "9999-12-31", "+12345-06-07")) {
            ResponseEntity<Map<String, Object>> response = exchangeRaw("clerk", HttpMethod.POST, "/api/invoices",
                    "{\"customerId\": " + customer.getId() + ", \"invoiceDate\": \"" + date + "\"}");
            assertProblem(response, HttpStatus.BAD_REQUEST, "invoiceDate");
        }
        assertThat(count("invoice")).isEqualTo(invoicesBefore);
    }

    @Test
    void aPaymentDateFarInThePastIsRefusedNamingTheField() {
        Invoice invoice = posted();
        long payments = count("payment");

        ResponseEntity<Map<String, Object>> response = exchangeRaw("clerk", HttpMethod.POST,
                "/api/invoices/" + invoice.getId() + "/payments", "{\"amount\": 10, \"paidOn\": \"0999-01-05\"}");

        assertProblem(response, HttpStatus.BAD_REQUEST, "paidOn");
        assertThat(count("payment")).isEqualTo(payments);
    }

    // --- uploads ---

    @Test
    void jsonSentToAnUploadIsAProblemNamingTheFile() {
        for (String path : List.of("/api/bank-files", "/api/bank-files/avtalegiro-agreements")) {
            ResponseEntity<Map<String, Object>> response = exchangeRaw("clerk", HttpMethod.POST, path,
                    "{\"file\": \"NY000010\"}");
            assertProblem(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file");
        }
        assertProblem(exchangeRaw("admin", HttpMethod.PUT, "/api/company/logo", "{}"),
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file");
    }

    @Test
    void anUploadAboveFiftyMegabytesIsA413ProblemNamingTheLimit() {
        long imports = count("bank_file_import");

        ResponseEntity<Map<String, Object>> response = upload("/api/bank-files", HttpMethod.POST, "big.txt",
                new byte[50 * 1024 * 1024 + 1]);

        assertProblem(response, HttpStatus.PAYLOAD_TOO_LARGE, "file");
        assertThat(String.valueOf(response.getBody().get("detail"))).contains("50 MB");
        assertThat(count("bank_file_import")).isEqualTo(imports);
    }

    // --- helpers ---

    private Invoice posted() {
        Invoice draft = data.draft(data.business("kunde@kunde.example"), data.product("3", "100.00"), 1);
        invoices.send(draft.getId(), "clerk");
        jobs.executeAll();
        return invoices.get(draft.getId());
    }

    private static Map<String, Object> freeLine(String quantity, String unitPrice) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("description", "Rådgivning");
        line.put("quantity", quantity);
        line.put("unitPrice", unitPrice);
        line.put("vatCode", "3");
        return line;
    }

    private static Map<String, Object> person(String name) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("type", "PERSON");
        form.put("name", name);
        form.put("addressLine1", "Gata 3");
        form.put("postalCode", "0150");
        form.put("city", "Oslo");
        form.put("countryCode", "NO");
        form.put("language", "nb");
        return form;
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static void assertProblem(ResponseEntity<Map<String, Object>> response, HttpStatus status, String field) {
        assertThat(response.getStatusCode()).as("status, body %s", response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).as("content type").isNotNull()
                .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
        Map<String, Object> body = response.getBody();
        assertThat(body).isNotNull();
        assertThat(body.get("status")).isEqualTo(status.value());
        assertThat(body.get("detail")).asString().isNotBlank();
        assertThat(fields(body)).as("fields at fault in %s", body).isNotEmpty().containsOnly(field);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> fields(Map<String, Object> problem) {
        List<Object> fields = new ArrayList<>();
        if (problem.get("field") != null) {
            fields.add(problem.get("field"));
        }
        if (problem.get("errors") instanceof List<?> errors) {
            errors.forEach(error -> fields.add(((Map<String, Object>) error).get("field")));
        }
        return fields;
    }

    private ResponseEntity<Map<String, Object>> exchange(String user, HttpMethod method, String path, Object body) {
        return rest.withBasicAuth(user, user).exchange(path, method, new HttpEntity<>(body), JSON);
    }

    private ResponseEntity<Map<String, Object>> exchangeRaw(String user, HttpMethod method, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, user).exchange(path, method, new HttpEntity<>(json, headers), JSON);
    }

    private ResponseEntity<Map<String, Object>> upload(String path, HttpMethod method, String name, byte[] content) {
        return rest.withBasicAuth("clerk", "clerk").exchange(path, method, Uploads.file(name, content), JSON);
    }
}
