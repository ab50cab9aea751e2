package no.fakturaflyt;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.product.Product;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.TestData;
import org.camunda.bpm.engine.HistoryService;
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
 * What the REST API answers to wrong input and forbidden changes: the right status, an RFC 7807 problem that names
 * the field at fault, and nothing written.
 */
@FakturaflytTest
class ApiValidationTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Autowired TestRestTemplate rest;
    @Autowired TestData data;
    @Autowired Jobs jobs;
    @Autowired JdbcTemplate jdbc;
    @Autowired HistoryService historyService;

    // --- customers ---

    @Test
    void aBusinessWithAWrongOrgNumberCheckDigitIsRejected() {
        Counts before = counts();

        ResponseEntity<Map<String, Object>> response = exchange("clerk", HttpMethod.POST, "/api/customers",
                business("123456784"));

        assertProblem(response, HttpStatus.BAD_REQUEST, "orgNumber");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aBusinessWithoutOrgNumberIsRejected() {
        Counts before = counts();

        ResponseEntity<Map<String, Object>> response = exchange("clerk", HttpMethod.POST, "/api/customers",
                business(null));

        assertProblem(response, HttpStatus.BAD_REQUEST, "orgNumber");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void anOrgNumberAlreadyRegisteredIsAConflict() {
        Customer existing = data.business("kunde@kunde.example");
        Counts before = counts();

        ResponseEntity<Map<String, Object>> response = exchange("clerk", HttpMethod.POST, "/api/customers",
                business(existing.getOrgNumber()));

        assertProblem(response, HttpStatus.CONFLICT, null);
        assertThat(detail(response)).contains(existing.getOrgNumber())
                .contains(String.valueOf(existing.getCustomerNumber()));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void theSameBusinessWithAFreshOrgNumberIsAccepted() {
        // the control for the cases above: the form they start from is valid
        Counts before = counts();

        ResponseEntity<Map<String, Object>> response = exchange("clerk", HttpMethod.POST, "/api/customers",
                business(TestData.orgNumber()));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(counts().customers()).isEqualTo(before.customers() + 1);
    }

    // --- company settings ---

    @Test
    void companySettingsWithAWrongBankAccountAreRejected() {
        Map<String, Object> before = company();
        Map<String, Object> form = companyForm(before);
        form.put("bankAccount", "12345678904");

        ResponseEntity<Map<String, Object>> response = exchange("admin", HttpMethod.PUT, "/api/company", form);

        assertProblem(response, HttpStatus.BAD_REQUEST, "bankAccount");
        assertThat(company()).isEqualTo(before);
    }

    @Test
    void companySettingsWithAWrongOrgNumberAreRejected() {
        Map<String, Object> before = company();
        Map<String, Object> form = companyForm(before);
        form.put("orgNumber", "123456784");

        ResponseEntity<Map<String, Object>> response = exchange("admin", HttpMethod.PUT, "/api/company", form);

        assertProblem(response, HttpStatus.BAD_REQUEST, "orgNumber");
        assertThat(company()).isEqualTo(before);
    }

    /**
     * Numeric KIDs are on unless the form says otherwise, and with MOD11 they take one digit more (the variant digit),
     * which counts against the 25 digits of a KID: 12 + 12 + variant + check = 26 is refused, naming the field.
     */
    @Test
    void numericKidsAreOnByDefaultAndTheirVariantDigitCountsAgainstTheKidLength() {
        Map<String, Object> before = company();
        assertThat(before).containsEntry("numericKids", true);
        Map<String, Object> form = companyForm(before);
        form.remove("numericKids");
        form.put("kidAlgorithm", "MOD11");
        form.put("kidCustomerDigits", 12);
        form.put("kidInvoiceDigits", 12);

        ResponseEntity<Map<String, Object>> response = exchange("admin", HttpMethod.PUT, "/api/company", form);

        assertProblem(response, HttpStatus.BAD_REQUEST, "kidInvoiceDigits");
        assertThat(String.valueOf(response.getBody().get("detail"))).contains("variant digit");
        assertThat(company()).isEqualTo(before);
    }

    @Test
    void companySettingsPutBackUnchangedAreAccepted() {
        // the control for the cases above: the form they start from is valid
        Map<String, Object> before = company();

        ResponseEntity<Map<String, Object>> response = exchange("admin", HttpMethod.PUT, "/api/company",
                companyForm(before));

        assertThat(response.getStatusCode()).as("body %s", response.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("bankAccount", before.get("bankAccount"))
                .containsEntry("orgNumber", before.get("orgNumber"));
    }

    // --- products ---

    @Test
    void aNegativeCostPriceIsRejectedAndAValidOneIsKept() {
        long products = count("product");
        Map<String, Object> form = new LinkedHashMap<>(Map.of("productNumber", "KOST" + System.nanoTime(),
                "name", "Vare med kostpris", "unitPrice", "200.00", "vatCode", "3", "costPrice", "-1.00"));

        assertProblem(exchange("clerk", HttpMethod.POST, "/api/products", form), HttpStatus.BAD_REQUEST, "costPrice");
        assertThat(count("product")).isEqualTo(products);

        form.put("costPrice", "120.5");
        ResponseEntity<Map<String, Object>> created = exchange("clerk", HttpMethod.POST, "/api/products", form);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody()).containsEntry("costPrice", 120.50);
    }

    // --- drafts ---

    @Test
    void aNegativeQuantityIsRejected() {
        Customer customer = data.business("kunde@kunde.example");
        Product product = data.product("3", "100.00");
        Counts before = counts();

        ResponseEntity<Map<String, Object>> response = exchange("clerk", HttpMethod.POST, "/api/invoices", Map.of(
                "customerId", customer.getId(),
                "lines", List.of(Map.of("productId", product.getId(), "quantity", -1))));

        assertProblem(response, HttpStatus.BAD_REQUEST, "lines[0].quantity");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void anUnknownProductIsRejected() {
        Customer customer = data.business("kunde@kunde.example");
        Counts before = counts();

        ResponseEntity<Map<String, Object>> response = exchange("clerk", HttpMethod.POST, "/api/invoices", Map.of(
                "customerId", customer.getId(),
                "lines", List.of(Map.of("productId", 999999, "quantity", 1))));

        assertProblem(response, HttpStatus.BAD_REQUEST, "lines[0].productId");
        assertThat(detail(response)).contains("999999");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void anUnknownCustomerIsRejected() {
        Product product = data.product("3", "100.00");
        Counts before = counts();

        ResponseEntity<Map<String, Object>> response = exchange("clerk", HttpMethod.POST, "/api/invoices", Map.of(
                "customerId", 999999,
                "lines", List.of(Map.of("productId", product.getId(), "quantity", 1))));

        assertProblem(response, HttpStatus.BAD_REQUEST, "customerId");
        assertThat(detail(response)).contains("999999");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void anUnknownVatCodeIsRejected() {
        Customer customer = data.business("kunde@kunde.example");
        Counts before = counts();

        ResponseEntity<Map<String, Object>> response = exchange("clerk", HttpMethod.POST, "/api/invoices", Map.of(
                "customerId", customer.getId(),
                "lines", List.of(Map.of("description", "Rådgivning", "unitPrice", "500.00", "quantity", 1,
                        "vatCode", "99"))));

        assertProblem(response, HttpStatus.BAD_REQUEST, "lines[0].vatCode");
        assertThat(detail(response)).contains("99");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aQuantityThatIsNotANumberIsRejectedNamingTheField() {
        Customer customer = data.business("kunde@kunde.example");
        Product product = data.product("3", "100.00");
        Counts before = counts();

        ResponseEntity<Map<String, Object>> response = exchangeRaw("clerk", HttpMethod.POST, "/api/invoices",
                "{\"customerId\": " + customer.getId() + ", \"lines\": [{\"productId\": " + product.getId()
                        + ", \"quantity\": \"abc\"}]}");

        assertProblem(response, HttpStatus.BAD_REQUEST, "lines[0].quantity");
        assertThat(detail(response)).contains("abc");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsRejected() {
        Customer customer = data.business("kunde@kunde.example");
        Counts before = counts();

        ResponseEntity<Map<String, Object>> response = exchangeRaw("clerk", HttpMethod.POST, "/api/invoices",
                "{\"customerId\": " + customer.getId() + ", \"lines\": [");

        assertProblem(response, HttpStatus.BAD_REQUEST, "body");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void anInvoiceThatDoesNotExistIsNotFound() {
        ResponseEntity<Map<String, Object>> response = exchange("clerk", HttpMethod.GET, "/api/invoices/999999", null);

        assertProblem(response, HttpStatus.NOT_FOUND, null);
        assertThat(detail(response)).contains("999999");
    }

    @Test
    void aDraftWithoutLinesCannotBeSent() {
        Customer customer = data.business("kunde@kunde.example");
        ResponseEntity<Map<String, Object>> created = exchange("clerk", HttpMethod.POST, "/api/invoices",
                Map.of("customerId", customer.getId()));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = id(created);
        Map<String, Object> draft = invoice(id);
        Counts before = counts();
        long processes = historyService.createHistoricProcessInstanceQuery().count();

        ResponseEntity<Map<String, Object>> response = exchange("clerk", HttpMethod.POST,
                "/api/invoices/" + id + "/send", null);

        assertProblem(response, HttpStatus.BAD_REQUEST, "lines");
        assertThat(invoice(id)).isEqualTo(draft);
        assertThat(invoice(id).get("status")).isEqualTo("DRAFT");
        assertThat(counts()).isEqualTo(before);
        assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(processes);
    }

    // --- sent and posted invoices ---

    @Test
    void aSentInvoiceCannotBeSentAgainAndAPostedInvoiceCanNeverBeChangedOrDeleted() {
        Customer customer = data.business("kunde@kunde.example");
        Product product = data.product("3", "1250.00");
        Invoice draft = data.draft(customer, product, 2);
        long id = draft.getId();

        ResponseEntity<Map<String, Object>> sent = exchange("clerk", HttpMethod.POST, "/api/invoices/" + id + "/send",
                null);
        assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

        ResponseEntity<Map<String, Object>> sentAgain = exchange("clerk", HttpMethod.POST,
                "/api/invoices/" + id + "/send", null);
        assertProblem(sentAgain, HttpStatus.CONFLICT, null);
        assertThat(detail(sentAgain)).containsIgnoringCase("not a draft");

        jobs.executeAll();
        Map<String, Object> posted = invoice(id);
        assertThat(posted.get("status")).isEqualTo("POSTED");
        assertThat(posted.get("number")).isNotNull();
        assertThat(new BigDecimal(posted.get("total").toString())).isEqualByComparingTo("3125.00"); // 2 × 1250 + 25 %
        Counts afterPosting = counts();

        ResponseEntity<Map<String, Object>> changed = exchange("clerk", HttpMethod.PUT, "/api/invoices/" + id, Map.of(
                "customerId", customer.getId(),
                "lines", List.of(Map.of("productId", product.getId(), "quantity", 1))));
        assertProblem(changed, HttpStatus.CONFLICT, null);
        assertThat(detail(changed)).contains("a posted invoice can never be changed")
                .contains(posted.get("number").toString());

        ResponseEntity<Map<String, Object>> deleted = exchange("clerk", HttpMethod.DELETE, "/api/invoices/" + id,
                null);
        assertProblem(deleted, HttpStatus.CONFLICT, null);
        assertThat(detail(deleted)).contains("a posted invoice can never be changed or deleted");

        Map<String, Object> after = invoice(id);
        assertThat(after).isEqualTo(posted);
        assertThat(after.get("lines")).isEqualTo(posted.get("lines"));
        assertThat(after.get("number")).isEqualTo(posted.get("number"));
        assertThat(after.get("total")).isEqualTo(posted.get("total"));
        assertThat(counts()).isEqualTo(afterPosting);
    }

    @Test
    void aDraftCanBeDeleted() {
        Customer customer = data.business("kunde@kunde.example");
        Invoice draft = data.draft(customer, data.product("3", "100.00"), 1);
        Counts before = counts();

        ResponseEntity<Map<String, Object>> deleted = exchange("clerk", HttpMethod.DELETE,
                "/api/invoices/" + draft.getId(), null);

        assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertProblem(exchange("clerk", HttpMethod.GET, "/api/invoices/" + draft.getId(), null),
                HttpStatus.NOT_FOUND, null);
        assertThat(counts().invoices()).isEqualTo(before.invoices() - 1);
        assertThat(counts().invoiceLines()).isEqualTo(before.invoiceLines() - 1);
    }

    // --- helpers ---

    /** Everything a rejected request must leave as it was. */
    record Counts(long customers, long invoices, long invoiceLines, long invoiceEvents, long vouchers,
            long openItems) {
    }

    private Counts counts() {
        return new Counts(count("customer"), count("invoice"), count("invoice_line"), count("invoice_event"),
                count("voucher"), count("open_item"));
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static void assertProblem(ResponseEntity<Map<String, Object>> response, HttpStatus status, String field) {
        assertThat(response.getStatusCode()).as("status, body %s", response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).as("content type")
                .isNotNull()
                .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
        Map<String, Object> body = response.getBody();
        assertThat(body).isNotNull();
        assertThat(body.get("status")).isEqualTo(status.value());
        assertThat(body.get("title")).asString().isNotBlank();
        assertThat(body.get("detail")).asString().isNotBlank();
        if (field != null) {
            assertThat(fields(body)).as("fields at fault in %s", body).isNotEmpty().containsOnly(field);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> fields(Map<String, Object> problem) {
        List<Object> fields = new java.util.ArrayList<>();
        if (problem.get("field") != null) {
            fields.add(problem.get("field"));
        }
        if (problem.get("errors") instanceof List<?> errors) {
            errors.forEach(error -> fields.add(((Map<String, Object>) error).get("field")));
        }
        return fields;
    }

    private static String detail(ResponseEntity<Map<String, Object>> response) {
        return String.valueOf(response.getBody().get("detail"));
    }

    private ResponseEntity<Map<String, Object>> exchange(String user, HttpMethod method, String path, Object body) {
        return rest.withBasicAuth(user, user).exchange(path, method, body == null ? null : new HttpEntity<>(body),
                JSON);
    }

    private ResponseEntity<Map<String, Object>> exchangeRaw(String user, HttpMethod method, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, user).exchange(path, method, new HttpEntity<>(json, headers), JSON);
    }

    private Map<String, Object> invoice(long id) {
        ResponseEntity<Map<String, Object>> response = exchange("clerk", HttpMethod.GET, "/api/invoices/" + id, null);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private Map<String, Object> company() {
        ResponseEntity<Map<String, Object>> response = exchange("admin", HttpMethod.GET, "/api/company", null);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    /** The settings as they stand, as a form to PUT back. */
    private static Map<String, Object> companyForm(Map<String, Object> settings) {
        Map<String, Object> form = new LinkedHashMap<>(settings);
        form.remove("hasLogo");
        form.remove("updatedAt");
        return form;
    }

    private static long id(ResponseEntity<Map<String, Object>> response) {
        return ((Number) response.getBody().get("id")).longValue();
    }

    private static Map<String, Object> business(String orgNumber) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("type", "BUSINESS");
        form.put("name", "Valideringskunde AS");
        form.put("orgNumber", orgNumber);
        form.put("addressLine1", "Kundeveien 2");
        form.put("postalCode", "5003");
        form.put("city", "Bergen");
        form.put("countryCode", "NO");
        form.put("invoiceEmail", "innkjop@valideringskunde.example");
        form.put("language", "nb");
        return form;
    }
}
