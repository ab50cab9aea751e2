package no.fakturaflyt.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.ledger.FiscalCalendar;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.InvoiceStories;
import no.fakturaflyt.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/** The auditor's trail of an invoice through the REST API: found by its KID, read, exported, its path shown. */
@FakturaflytTest
@SuppressWarnings({"unchecked", "rawtypes"})
class AuditTrailTest {

    @Autowired TestRestTemplate rest;
    @Autowired TestData data;
    @Autowired InvoiceService invoices;
    @Autowired OsloClock clock;
    @Autowired InvoiceStories stories;
    @Autowired FiscalCalendar calendar;
    @Autowired TransactionTemplate transactions;

    @Test
    void anAuditorFindsAnInvoiceSentAndPaidTwiceAndReadsEveryStepWithItsUserAndSource() {
        Invoice invoice = stories.sentByClerk("revisjon@kunde.example", "800.00");   // 1000.00 with 25 % VAT
        stories.paidByClerk(invoice.getId(), "400.00", "Nettbank del");
        stories.paidByClerk(invoice.getId(), "600.00", "Nettbank rest");

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
        Invoice draft = stories.sentByClerk("arkiv@kunde.example", "200.00");
        stories.paidByClerk(draft.getId(), "250.00", "Arkivbetaling");
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
        String instanceId = stories.adminSetsVariable(stories.sentByClerk("logg@kunde.example", "100.00"),
                "auditNote", "checked");

        List<Map> log = auditor().getForObject("/api/audit/system-log?user=admin&operation=SetVariable&from="
                + java.time.LocalDate.now(), List.class);
        assertThat(log).anySatisfy(e -> {
            assertThat(e.get("user")).isEqualTo("admin");
            assertThat(e.get("processInstanceId")).isEqualTo(instanceId);
        });
        assertThat(auditor().getForObject("/api/audit/system-log?user=nobody-at-all", List.class)).isEmpty();
    }

    @Test
    void theSystemLogHoldsOurOwnRecordsOfSettingsTemplatesPeriodsAndFollowUpCasesWithWhoAndWhen() {
        // the company's default template, then a refused one (nothing recorded for it), then a customer's own
        Map templates = auditor().getForObject("/api/invoice-templates", Map.class);
        String before = (String) templates.get("companyDefault");
        String other = ((List<String>) templates.get("templates")).stream().filter(t -> !t.equals(before))
                .findFirst().orElseThrow();
        assertThat(admin().exchange("/api/invoice-templates/default", HttpMethod.PUT,
                new HttpEntity<>(Map.of("template", other)), Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(admin().exchange("/api/invoice-templates/default", HttpMethod.PUT,
                new HttpEntity<>(Map.of("template", "nonsense")), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(admin().exchange("/api/invoice-templates/default", HttpMethod.PUT,     // as it was, for the others
                new HttpEntity<>(Map.of("template", before)), Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        Customer customer = data.business("mal@kunde.example");
        assertThat(admin().exchange("/api/customers/" + customer.getId() + "/invoice-template", HttpMethod.PUT,
                new HttpEntity<>(Map.of("template", before)), Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        // a company setting through the API
        Map company = admin().getForObject("/api/company", Map.class);
        String phone = "9" + (System.nanoTime() % 10_000_000);
        Map<String, Object> changed = new java.util.HashMap<>(company);
        changed.put("phone", phone);
        assertThat(admin().exchange("/api/company", HttpMethod.PUT, new HttpEntity<>(changed), Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        // a fiscal period closed by the admin
        int year = LocalDate.now(OsloClock.OSLO).getYear() - 27;
        assertThat(admin().postForEntity("/api/fiscal-years/" + year + "/periods/5/close", null, Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        // a follow-up case paused and resumed by the clerk
        Invoice invoice = stories.sentByClerk("pause@kunde.example", "100.00");
        assertThat(clerk().postForEntity("/api/follow-up/" + invoice.getId() + "/pause",
                Map.of("reason", "Kunden bestrider kravet"), Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(clerk().postForEntity("/api/follow-up/" + invoice.getId() + "/resume",
                Map.of("reason", "Enige om kravet"), Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        List<Map> templateLog = auditor().getForObject("/api/audit/system-log?user=admin&entityType=InvoiceTemplate"
                + "&from=" + clock.today(), List.class);
        assertThat(templateLog).anySatisfy(e -> {
            assertThat(e.get("reference")).isEqualTo("company");
            assertThat(e.get("before")).isEqualTo(before);
            assertThat(e.get("after")).isEqualTo(other);
            assertThat(e.get("category")).isEqualTo("Application");
        }).anySatisfy(e -> {
            assertThat(e.get("reference")).isEqualTo("customer " + customer.getCustomerNumber());
            assertThat(e.get("after")).isEqualTo(before);
        }).noneSatisfy(e -> assertThat(e.get("after")).isEqualTo("nonsense"));
        assertThat(auditor().getForObject("/api/audit/system-log?entityType=CompanySettings&user=admin", List.class))
                .anySatisfy(e -> {
                    Map entry = (Map) e;
                    assertThat(entry.get("operation")).isEqualTo("Update");
                    assertThat(entry.get("property")).isEqualTo("phone");
                    assertThat((String) entry.get("after")).isEqualTo("phone=" + phone);
                });
        assertThat(auditor().getForObject("/api/audit/system-log?entityType=FiscalPeriod&operation=Close",
                List.class)).anySatisfy(e -> {
                    assertThat(((Map) e).get("user")).isEqualTo("admin");
                    assertThat(((Map) e).get("reference")).isEqualTo(year + "-05");
                });
        List<Map> caseLog = auditor().getForObject("/api/audit/system-log?user=clerk&entityType=FollowUpCase",
                List.class);
        String reference = "invoice " + invoice.getInvoiceNumber();
        assertThat(caseLog).filteredOn(e -> reference.equals(e.get("reference"))).extracting(e -> e.get("operation"))
                .as("newest first").containsExactly("Resume", "Pause");
        assertThat(caseLog).filteredOn(e -> "Pause".equals(e.get("operation")) && reference.equals(e.get("reference")))
                .singleElement().satisfies(e -> assertThat(e.get("after")).isEqualTo("Kunden bestrider kravet"));
        assertThat(auditor().getForObject("/api/audit/system-log?user=clerk&entityType=FollowUpCase&from="
                + clock.today().plusDays(1), List.class)).isEmpty();
    }

    @Test
    void aRecordIsWrittenInTheTransactionOfItsChangeSoARollbackLeavesNone() {
        int year = LocalDate.now(OsloClock.OSLO).getYear() - 28;
        String reference = year + "-06";
        transactions.executeWithoutResult(status -> {
            calendar.closePeriod(year, 6, "admin");
            status.setRollbackOnly();
        });
        assertThat(auditor().getForObject("/api/audit/system-log?entityType=FiscalPeriod", List.class))
                .noneSatisfy(e -> assertThat(((Map) e).get("reference")).isEqualTo(reference));

        transactions.executeWithoutResult(status -> calendar.closePeriod(year, 6, "admin"));
        assertThat(auditor().getForObject("/api/audit/system-log?entityType=FiscalPeriod", List.class))
                .filteredOn(e -> reference.equals(((Map) e).get("reference"))).singleElement()
                .satisfies(e -> assertThat(((Map) e).get("user")).isEqualTo("admin"));
    }

    private TestRestTemplate clerk() {
        return rest.withBasicAuth("clerk", "clerk");
    }

    private TestRestTemplate admin() {
        return rest.withBasicAuth("admin", "admin");
    }

    private TestRestTemplate auditor() {
        return rest.withBasicAuth("auditor", "auditor");
    }
}
