package no.fakturaflyt.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.product.Product;
import no.fakturaflyt.product.ProductCategoryForm;
import no.fakturaflyt.product.ProductCategoryService;
import no.fakturaflyt.product.ProductService;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Customer and product files through the REST API: preview row by row, nothing written until confirmed. */
@FakturaflytTest
class ImportTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Autowired TestRestTemplate rest;
    @Autowired CustomerService customers;
    @Autowired ProductService products;
    @Autowired ProductCategoryService categories;

    @Test
    void excelsWindows1252ProductFileIsPreviewedThenWrittenWithTheCategorysDefaults() throws IOException {
        if (categories.findByCode("MAT").isEmpty()) {
            categories.create(new ProductCategoryForm("MAT", "Mat og drikke", "31", null));
        }
        byte[] file = new ClassPathResource("imports/produkter-excel-1252.csv").getContentAsByteArray();
        assertThat(file).as("Windows-1252 ø is one byte F8").contains((byte) 0xF8);

        ResponseEntity<Map<String, Object>> preview = upload("products", "produkter.csv", file);

        assertThat(preview.getStatusCode()).as("%s", preview.getBody()).isEqualTo(HttpStatus.CREATED);
        Map<String, Object> batch = batch(preview.getBody());
        assertThat(batch).as("%s", rows(preview.getBody())).containsEntry("encoding", "Windows-1252").containsEntry("delimiter", ";")
                .containsEntry("status", "PREVIEW").containsEntry("creates", 4).containsEntry("refused", 2);
        List<Map<String, Object>> rows = rows(preview.getBody());
        assertThat(row(rows, 5)).containsEntry("action", "REFUSE").containsEntry("key", "product IMP-103");
        assertThat(reasons(row(rows, 5))).anyMatch(r -> r.startsWith("vatCode: VAT code '9' is unknown"));
        assertThat(reasons(row(rows, 6))).containsExactly(
                "revenueAccount: Account 9999 is not in the chart of accounts");
        assertThat(products.findByProductNumber("IMP-100")).as("nothing written before the confirm").isEmpty();

        ResponseEntity<Map<String, Object>> confirmed = confirm(batch.get("id"));

        assertThat(confirmed.getStatusCode()).as("%s", confirmed.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(confirmed.getBody()).containsEntry("status", "DONE").containsEntry("written", 4)
                .containsEntry("percent", 100);
        Product consulting = products.findByProductNumber("IMP-100").orElseThrow();
        assertThat(consulting.getUnitPrice()).isEqualByComparingTo("1250.00");
        assertThat(consulting.getRevenueAccount()).isEqualTo(3000);
        Product sandwich = products.findByProductNumber("IMP-101").orElseThrow();
        assertThat(sandwich.getName()).isEqualTo("Smørbrød med rekesalat");
        assertThat(sandwich.getUnitPrice()).isEqualTo(new BigDecimal("89.50"));
        assertThat(sandwich.getVatCode()).as("the category's").isEqualTo("31");
        assertThat(sandwich.getRevenueAccount()).as("the category's").isEqualTo(3030);
        Product coffee = products.findByProductNumber("IMP-102").orElseThrow();
        assertThat(coffee.getName()).isEqualTo("Kaffe \"ekstra sterk\"; stor");
        assertThat(coffee.getUnitPrice()).isEqualTo(new BigDecimal("32.50"));
        assertThat(coffee.getVatCode()).isEqualTo("31");
        assertThat(coffee.getRevenueAccount()).as("its own account beats the category's").isEqualTo(3000);
        assertThat(products.findByProductNumber("IMP-105").orElseThrow().getUnitPrice())
                .isEqualByComparingTo("4900.00");
        assertThat(products.findByProductNumber("IMP-103")).isEmpty();
        assertThat(products.findByProductNumber("IMP-104")).isEmpty();

        assertThat(confirm(batch.get("id")).getStatusCode()).as("a second confirm").isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void excelsUtf8CustomerFileWithByteOrderMarkRefusesTheBadOrgNumberAndTheDuplicate() throws IOException {
        byte[] file = new ClassPathResource("imports/kunder-excel-utf8-bom.csv").getContentAsByteArray();
        assertThat(file[0]).isEqualTo((byte) 0xEF);

        ResponseEntity<Map<String, Object>> preview = upload("customers", "kunder.csv", file);

        assertThat(preview.getStatusCode()).as("%s", preview.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(batch(preview.getBody())).containsEntry("encoding", "UTF-8 (BOM)").containsEntry("creates", 3)
                .containsEntry("refused", 2);
        List<Map<String, Object>> rows = rows(preview.getBody());
        assertThat(reasons(row(rows, 5))).anyMatch(r -> r.startsWith("orgNumber: must be a Norwegian organisation"));
        assertThat(reasons(row(rows, 6))).contains("duplicate org. number 910000020: already on line 3");

        confirm(batch(preview.getBody()).get("id"));

        var asen = customers.findByOrgNumber("910000020").orElseThrow();
        assertThat(asen.getName()).isEqualTo("Ærlige Øvre Åsen AS");
        assertThat(asen.getAddressLine1()).isEqualTo("Storgata 5; 2. etg");
        assertThat(asen.getPaymentTermsDays()).isEqualTo(14);
        assertThat(customers.findByOrgNumber("910000004").orElseThrow().getName())
                .isEqualTo("Fjelltopp Snekkeri Ole Hansen");
        assertThat(customers.list()).anyMatch(c -> c.getName().equals("Kari Ødegård") && c.getOrgNumber() == null);
        assertThat(customers.findByOrgNumber("910000021")).isEmpty();
    }

    @Test
    void oneBadRowAmongAThousandGoodOnes() {
        StringBuilder csv = new StringBuilder("navn,organisasjonsnummer,adresse,postnummer,poststed\n");
        for (int i = 1; i <= 1001; i++) {
            String orgNumber = i == 500 ? "123456789" : TestData.orgNumber();
            csv.append("Massekunde ").append(i).append(" AS,").append(orgNumber).append(",Gate ").append(i)
                    .append(",5003,Bergen\n");
        }
        int before = customers.list().size();

        ResponseEntity<Map<String, Object>> preview = upload("customers", "mange.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(batch(preview.getBody())).containsEntry("delimiter", ",").containsEntry("encoding", "UTF-8")
                .containsEntry("creates", 1000).containsEntry("refused", 1);
        List<Map<String, Object>> refused = rows(preview.getBody()).stream()
                .filter(r -> r.get("action").equals("REFUSE")).toList();
        assertThat(refused).singleElement().satisfies(r -> assertThat(r).containsEntry("line", 501));
        assertThat(customers.list()).as("nothing written before the confirm").hasSize(before);

        ResponseEntity<Map<String, Object>> done = confirm(batch(preview.getBody()).get("id"));

        assertThat(done.getBody()).containsEntry("status", "DONE").containsEntry("written", 1000);
        assertThat(customers.list()).hasSize(before + 1000)
                .noneMatch(c -> c.getName().equals("Massekunde 500 AS"));
    }

    @Test
    void aBrokenFileIsRefusedNamingLineAndColumn() {
        byte[] file = "Varenummer;Varenavn;Pris\nA1;\"Uten slutt;10,00\nA2;Noe;5,00\n".getBytes(StandardCharsets.UTF_8);

        ResponseEntity<Map<String, Object>> response = upload("products", "brukket.csv", file);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
        assertThat(response.getBody()).containsEntry("field", "file").containsEntry("line", 2)
                .containsEntry("column", 4);
        assertThat(String.valueOf(response.getBody().get("detail"))).contains("never closed");

        ResponseEntity<Map<String, Object>> unknown = upload("products", "x.csv",
                "Varenummer;Farge\nA1;blå\n".getBytes(StandardCharsets.UTF_8));
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody()).containsEntry("line", 1).containsEntry("column", 2);
    }

    @Test
    void anAuditorMayLookButNotImport() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> response = rest.withBasicAuth("auditor", "auditor").exchange("/api/imports/products",
                HttpMethod.POST, new HttpEntity<>(multipart("a.csv", "Varenummer\nA\n".getBytes()), headers),
                String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private ResponseEntity<Map<String, Object>> upload(String kind, String name, byte[] content) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth("clerk", "clerk").exchange("/api/imports/" + kind, HttpMethod.POST,
                new HttpEntity<>(multipart(name, content), headers), JSON);
    }

    private static LinkedMultiValueMap<String, Object> multipart(String name, byte[] content) {
        HttpHeaders part = new HttpHeaders();
        part.setContentType(MediaType.parseMediaType("text/csv"));
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new HttpEntity<>(new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        }, part));
        return body;
    }

    private ResponseEntity<Map<String, Object>> confirm(Object id) {
        return rest.withBasicAuth("clerk", "clerk").exchange("/api/imports/" + id + "/confirm", HttpMethod.POST,
                HttpEntity.EMPTY, JSON);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> batch(Map<String, Object> preview) {
        return (Map<String, Object>) preview.get("batch");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> preview) {
        return (List<Map<String, Object>>) preview.get("rows");
    }

    private static Map<String, Object> row(List<Map<String, Object>> rows, int line) {
        return rows.stream().filter(r -> r.get("line").equals(line)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<String> reasons(Map<String, Object> row) {
        return (List<String>) row.get("reasons");
    }
}
