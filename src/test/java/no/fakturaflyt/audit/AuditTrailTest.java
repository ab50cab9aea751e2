package no.fakturaflyt.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.TestData;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The auditor's trail of an invoice through the REST API: found by its KID, read, exported, its path shown. */
@FakturaflytTest
@SuppressWarnings({"unchecked", "rawtypes"})
class AuditTrailTest {

    @Autowired TestRestTemplate rest;
    @Autowired TestData data;
    @Autowired Jobs jobs;
    @Autowired InvoiceService invoices;
    @Autowired OsloClock clock;
    @Autowired RuntimeService runtime;
    @Autowired IdentityService identity;

    @Test
    void anAuditorFindsAnInvoiceSentAndPaidTwiceAndReadsEveryStepWithItsUserAndSource() {
        Customer customer = data.business("revisjon@kunde.example");
        Invoice draft = data.draft(customer, data.product("3", "800.00"), 1);   // 1000.00 with 25 % VAT
        assertThat(clerk().postForEntity("/api/invoices/" + draft.getId() + "/send", null, Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        jobs.executeAll();
        Invoice invoice = invoices.get(draft.getId());
        pay(invoice.getId(), "400.00", "Nettbank del");
        pay(invoice.getId(), "600.00", "Nettbank rest");

        List<Map> found = auditor().getForObject("/api/audit/documents?kid=" + invoice.getKid(), List.class);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(((Number) f.get("id")).longValue()).isEqualTo(invoice.getId());
            assertThat(((Number) f.get("number")).longValue()).isEqualTo(invoice.getInvoiceNumber());
        });
        assertThat(auditor().getForObject("/api/audit/documents?number=" + invoice.getInvoiceNumber()
                + "&amount=1000.00&from=" + clock.today() + "&to=" + clock.today(), List.class)).hasSize(1);
        assertThat(auditor().getForObject("/api/audit/documents?number=" + invoice.getInvoiceNumber()
                + "&amount=999.99", List.class)).isEmpty();

        ResponseEntity<Map> response = auditor().getForEntity("/api/audit/documents/" + invoice.getId() + "/trail",
                Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Map> entries = (List<Map>) response.getBody().get("entries");
        // the clerk sent it, the engine posted and delivered it, the clerk paid it twice
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.get("source")).isEqualTo("invoice history");
            assertThat(e.get("actor")).isEqualTo("clerk");
        });
        assertThat(entries).filteredOn(e -> "payment".equals(e.get("source"))).extracting(e -> e.get("what"))
                .containsExactly("payment of 400.00 (MANUAL)", "payment of 600.00 (MANUAL)");
        assertThat(entries).filteredOn(e -> "payment".equals(e.get("source")))
                .allSatisfy(e -> assertThat(e.get("actor")).isEqualTo("clerk"));
        // three vouchers: the invoice and both payments, each with its lines
        assertThat(entries).filteredOn(e -> "ledger".equals(e.get("source"))).hasSize(3)
                .allSatisfy(e -> assertThat((String) e.get("details")).contains("1500 debit").contains("credit"));
        // every channel tried, in order: EHF unreachable (not in the Peppol directory), then e-mail with its message id
        assertThat(entries).filteredOn(e -> "delivery".equals(e.get("source"))).extracting(e -> e.get("what"))
                .startsWith("delivery through EHF: UNREACHABLE").endsWith("delivery through EMAIL: SENT");
        assertThat(entries).filteredOn(e -> "delivery through EMAIL: SENT".equals(e.get("what"))).singleElement()
                .satisfies(e -> assertThat((String) e.get("details")).contains("revisjon@kunde.example")
                        .contains("provider reference <"));
        assertThat(entries).filteredOn(e -> "process engine".equals(e.get("source")))
                .anySatisfy(e -> assertThat((String) e.get("what")).startsWith("process invoice"))
                .anySatisfy(e -> assertThat((String) e.get("what")).startsWith("serviceTask"));
        List<String> times = entries.stream().map(e -> (String) e.get("at")).toList();
        assertThat(times).isSortedAccordingTo(java.util.Comparator.comparing(java.time.Instant::parse));

        List<Map> instances = (List<Map>) response.getBody().get("instances");
        assertThat(instances).isNotEmpty();
        String lifecycle = (String) instances.get(0).get("id");
        Map diagram = auditor().getForObject("/api/audit/instances/" + lifecycle + "/diagram", Map.class);
        assertThat((String) diagram.get("bpmnXml")).contains("<bpmn:definitions").contains("bpmndi");
        assertThat((List<String>) diagram.get("passed")).isNotEmpty()
                .allSatisfy(id -> assertThat((String) diagram.get("bpmnXml")).contains("id=\"" + id + "\""));

        ResponseEntity<String> csv = auditor().getForEntity("/api/audit/documents/" + invoice.getId()
                + "/trail.csv", String.class);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        String[] lines = csv.getBody().split("\r\n");
        assertThat(lines[0]).isEqualTo("time;user;source;what;details;process instance");
        assertThat(lines).hasSize(entries.size() + 1);
        assertThat(csv.getBody()).contains("payment of 400.00 (MANUAL)").contains(";clerk;payment;");

        assertThat(rest.withBasicAuth("clerk", "clerk").getForEntity("/api/audit/documents/" + invoice.getId()
                + "/trail", Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(auditor().getForEntity("/api/audit/documents/999999999/trail", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(auditor().getForEntity("/api/audit/documents?amount=lots", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theTrailExportedAsPdfIsPdfA2bByVeraPdfAndHoldsEveryEntry() throws Exception {
        Invoice draft = data.draft(data.person("arkiv@kunde.example", "nb"), data.product("3", "200.00"), 1);
        clerk().postForEntity("/api/invoices/" + draft.getId() + "/send", null, Map.class);
        jobs.executeAll();
        pay(draft.getId(), "250.00", "Arkivbetaling");
        Map trail = auditor().getForObject("/api/audit/documents/" + draft.getId() + "/trail", Map.class);

        ResponseEntity<byte[]> pdf = auditor().getForEntity("/api/audit/documents/" + draft.getId() + "/trail.pdf",
                byte[].class);

        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
        assertThat(no.fakturaflyt.document.PdfA.violationsOfPdfA2b(pdf.getBody())).as("veraPDF, PDF/A-2B").isEmpty();
        String text = no.fakturaflyt.support.Mails.pdfText(pdf.getBody());
        assertThat(text).contains("Audit trail of invoice " + invoices.get(draft.getId()).getInvoiceNumber())
                .contains("payment of 250.00 (MANUAL)").contains("by auditor");
        assertThat(text).contains(((List<Map>) trail.get("entries")).size() + " entries");
    }

    @Test
    void theSystemLogShowsWhoChangedAProcessAndFiltersByUserAndOperation() {
        Invoice draft = data.draft(data.business("logg@kunde.example"), data.product("3", "100.00"), 1);
        clerk().postForEntity("/api/invoices/" + draft.getId() + "/send", null, Map.class);
        jobs.executeAll();
        String instanceId = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("invoice-" + invoices.get(draft.getId()).getInvoiceNumber())
                .list().get(0).getId();
        identity.setAuthentication("admin", List.of("admins"));
        try {
            runtime.setVariable(instanceId, "auditNote", "checked");
        } finally {
            identity.clearAuthentication();
        }

        List<Map> log = auditor().getForObject("/api/audit/system-log?user=admin&operation=SetVariable&from="
                + java.time.LocalDate.now(), List.class);
        assertThat(log).anySatisfy(e -> {
            assertThat(e.get("user")).isEqualTo("admin");
            assertThat(e.get("processInstanceId")).isEqualTo(instanceId);
        });
        assertThat(auditor().getForObject("/api/audit/system-log?user=nobody-at-all", List.class)).isEmpty();
    }

    private void pay(long invoiceId, String amount, String reference) {
        assertThat(clerk().postForEntity("/api/invoices/" + invoiceId + "/payments", Map.of("amount", amount,
                "paidOn", clock.today().toString(), "reference", reference), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    private TestRestTemplate clerk() {
        return rest.withBasicAuth("clerk", "clerk");
    }

    private TestRestTemplate auditor() {
        return rest.withBasicAuth("auditor", "auditor");
    }
}
