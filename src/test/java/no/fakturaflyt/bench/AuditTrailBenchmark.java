package no.fakturaflyt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * B-audit (issue 19): the auditor's trail of one invoice with N other invoices in the database (default 100,000,
 * {@code bench.audit.invoices}), each with three history entries. The one invoice is real: sent through the
 * lifecycle (posted, rendered, e-mailed) and paid in two parts; the others are copies of its row made in SQL, so
 * the tables the trail reads are as large as N says. Measures {@code GET /api/audit/documents/{id}/trail} as the
 * auditor over HTTP (login included), and the search by KID, after a warm-up. Reports, never asserts a time.
 */
@FakturaflytTest
class AuditTrailBenchmark {

    @Autowired TestRestTemplate rest;
    @Autowired TestData data;
    @Autowired Jobs jobs;
    @Autowired InvoiceService invoices;
    @Autowired JdbcTemplate jdbc;

    @Test
    void trailOfOneInvoiceAmongMany() {
        int others = Integer.getInteger("bench.audit.invoices", 100_000);
        int samples = Integer.getInteger("bench.audit.samples", 50);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("otherInvoices", others);
        parameters.put("eventsPerOtherInvoice", 3);
        parameters.put("samples", samples);

        Invoice draft = data.draft(data.business("spor@bench.example"), data.product("3", "800.00"), 1);
        invoices.send(draft.getId(), "clerk");
        jobs.executeAll();
        Invoice invoice = invoices.get(draft.getId());
        for (String amount : List.of("400.00", "600.00")) {
            rest.withBasicAuth("clerk", "clerk").postForEntity("/api/invoices/" + invoice.getId() + "/payments",
                    Map.of("amount", amount, "paidOn", LocalDate.now().toString()), Map.class);
        }

        long copyStart = System.nanoTime();
        copyInvoice(invoice.getId(), others);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("audit.copySeconds", BenchReport.round((System.nanoTime() - copyStart) / 1e9));
        figures.put("audit.invoicesInDb", jdbc.queryForObject("select count(*) from invoice", Long.class));
        jdbc.execute("analyze");

        String trail = "/api/audit/documents/" + invoice.getId() + "/trail";
        String search = "/api/audit/documents?kid=" + invoice.getKid();
        for (int i = 0; i < 10; i++) {
            get(trail);
            find(search);
        }
        List<Long> trailMs = new ArrayList<>();
        List<Long> searchMs = new ArrayList<>();
        int entries = 0;
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            ResponseEntity<Map> answer = get(trail);
            trailMs.add((System.nanoTime() - start) / 1_000_000);
            entries = ((List<?>) answer.getBody().get("entries")).size();
            start = System.nanoTime();
            find(search);
            searchMs.add((System.nanoTime() - start) / 1_000_000);
        }
        trailMs.sort(null);
        searchMs.sort(null);
        figures.put("audit.trailEntries", entries);
        figures.put("audit.trailMs.p50", BenchReport.percentile(trailMs, 50));
        figures.put("audit.trailMs.p95", BenchReport.percentile(trailMs, 95));
        figures.put("audit.trailMs.max", trailMs.get(trailMs.size() - 1));
        figures.put("audit.searchByKidMs.p50", BenchReport.percentile(searchMs, 50));
        figures.put("audit.searchByKidMs.p95", BenchReport.percentile(searchMs, 95));
        BenchReport.write("audit-trail", parameters, figures);
    }

    private ResponseEntity<Map> get(String path) {
        ResponseEntity<Map> answer = rest.withBasicAuth("auditor", "auditor").getForEntity(path, Map.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer;
    }

    private void find(String path) {
        ResponseEntity<List> answer = rest.withBasicAuth("auditor", "auditor").getForEntity(path, List.class);
        assertThat(answer.getBody()).hasSize(1);
    }

    /** N copies of the invoice's row (no number clash, no KID, no voucher or process), each with three events. */
    private void copyInvoice(long id, int copies) {
        List<String> columns = jdbc.queryForList("select column_name from information_schema.columns"
                + " where table_schema = 'public' and table_name = 'invoice' and column_name <> 'id'"
                + " order by ordinal_position", String.class);
        String values = columns.stream().map(c -> switch (c) {
            case "invoice_number" -> "9000000 + g";
            case "kid", "voucher_id", "process_instance_id" -> "null";
            default -> "i." + c;
        }).collect(Collectors.joining(", "));
        int copied = jdbc.update("insert into invoice (" + String.join(", ", columns) + ") select " + values
                + " from invoice i cross join generate_series(1, ?) g where i.id = ?", copies, id);
        assertThat(copied).isEqualTo(copies);
        jdbc.update("insert into invoice_event (invoice_id, occurred_at, event_type, actor, channel, details)"
                + " select c.id, now(), e.t, 'clerk', null, 'copied for the benchmark' from invoice c"
                + " cross join (values ('CREATED'), ('SENT'), ('POSTED')) e(t) where c.invoice_number > 9000000");
    }
}
