package no.fakturaflyt.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.company.CompanySettingsService;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.TestData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 20 point 5: invoice templates. The company's default (chosen by an admin or process owner, not a clerk),
 * a customer's own choice beating it, shown to the clerk on the invoice and used by its PDF; unknown names refused
 * naming the field. That each template renders as PDF/A-2b is proven in {@link PdfArchiveTest}.
 */
@FakturaflytTest
class InvoiceTemplateTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Autowired TestRestTemplate rest;
    @Autowired TestData data;
    @Autowired CompanySettingsService company;

    @AfterEach
    void standardAgain() {
        company.chooseInvoiceTemplate("standard");
    }

    @Test
    void theCustomersTemplateBeatsTheCompanyDefaultInTheApiAndThePdf() throws IOException {
        data.company();
        assertThat(put("owner", "/api/invoice-templates/default", "compact").getStatusCode()).isEqualTo(HttpStatus.OK);
        Customer own = data.business("plain@kunde.example");
        Customer plain = data.business("default@kunde.example");
        ResponseEntity<Map<String, Object>> chosen = put("clerk", "/api/customers/" + own.getId() + "/invoice-template",
                "plain");
        assertThat(chosen.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(chosen.getBody()).containsEntry("invoiceTemplate", "plain");

        Invoice ownDraft = data.draft(own, data.product("3", "100.00"), 1);
        Invoice defaultDraft = data.draft(plain, data.product("3", "100.00"), 1);

        assertThat(invoice(ownDraft).get("template")).isEqualTo("plain");
        assertThat(invoice(defaultDraft).get("template")).isEqualTo("compact");
        // compact prints its lines in 8 pt, plain (the standard type) in 9 pt
        assertThat(fontSizeOf(preview(defaultDraft), "Vare")).isEqualTo(8f);
        assertThat(fontSizeOf(preview(ownDraft), "Vare")).isEqualTo(9f);

        // cleared, the customer follows the company's default again
        put("clerk", "/api/customers/" + own.getId() + "/invoice-template", null);
        assertThat(invoice(ownDraft).get("template")).isEqualTo("compact");
    }

    @Test
    void anUnknownTemplateIsRefusedNamingTheField() {
        data.company();
        Customer customer = data.business("unknown@kunde.example");

        for (ResponseEntity<Map<String, Object>> refused : List.of(
                put("admin", "/api/invoice-templates/default", "fancy"),
                put("admin", "/api/invoice-templates/default", null),
                put("clerk", "/api/customers/" + customer.getId() + "/invoice-template", "fancy"))) {
            assertThat(refused.getStatusCode()).as("body %s", refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody()).containsEntry("field", "template");
            assertThat(String.valueOf(refused.getBody().get("detail"))).contains("standard", "compact", "plain");
        }
        assertThat(company.current().getInvoiceTemplate()).isEqualTo("standard");
    }

    @Test
    void aClerkMayNotChangeTheCompanyDefault() {
        data.company();

        assertThat(put("clerk", "/api/invoice-templates/default", "plain").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(put("auditor", "/api/invoice-templates/default", "plain").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(company.current().getInvoiceTemplate()).isEqualTo("standard");
        assertThat(rest.withBasicAuth("clerk", "clerk").exchange("/api/invoice-templates", HttpMethod.GET, null, JSON)
                .getBody()).containsEntry("companyDefault", "standard");
    }

    private ResponseEntity<Map<String, Object>> put(String user, String path, String template) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("template", template);
        return rest.withBasicAuth(user, user).exchange(path, HttpMethod.PUT, new HttpEntity<>(body), JSON);
    }

    private Map<String, Object> invoice(Invoice invoice) {
        return rest.withBasicAuth("clerk", "clerk").exchange("/api/invoices/" + invoice.getId(), HttpMethod.GET, null,
                JSON).getBody();
    }

    private byte[] preview(Invoice invoice) {
        return rest.withBasicAuth("clerk", "clerk").getForEntity("/api/invoices/" + invoice.getId() + "/preview.pdf",
                byte[].class).getBody();
    }

    /** The font size of the first word that starts with {@code word}. */
    static float fontSizeOf(byte[] pdf, String word) throws IOException {
        List<Float> sizes = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    if (sizes.isEmpty() && text.startsWith(word)) {
                        sizes.add(positions.get(0).getFontSizeInPt());
                    }
                }
            };
            stripper.getText(document);
        }
        assertThat(sizes).as("a text starting with %s", word).isNotEmpty();
        return sizes.get(0);
    }
}
