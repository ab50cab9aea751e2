package no.fakturaflyt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import no.fakturaflyt.company.CompanySettings;
import no.fakturaflyt.company.CompanySettingsService;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.distribution.BenchEhfDocuments;
import no.fakturaflyt.distribution.BenchMail;
import no.fakturaflyt.distribution.DeliveryAttempt;
import no.fakturaflyt.distribution.DeliveryLog;
import no.fakturaflyt.distribution.DeliveryStatus;
import no.fakturaflyt.distribution.ehf.EhfDocument;
import no.fakturaflyt.distribution.ehf.EhfValidator;
import no.fakturaflyt.distribution.ehf.EhfWriter;
import no.fakturaflyt.document.BenchInvoiceDocuments;
import no.fakturaflyt.document.DocumentService;
import no.fakturaflyt.document.InvoiceDocument;
import no.fakturaflyt.document.InvoicePdfRenderer;
import no.fakturaflyt.document.StoredDocument;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.product.Product;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.TestData;
import no.fakturaflyt.support.TestInfrastructure;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * B1, the billing run (issue 7): N invoices for M business customers, some of them in the Peppol directory (EHF),
 * the rest reached by e-mail, created and sent through {@link InvoiceService}, then posted, rendered and delivered by
 * the invoice lifecycle until every instance has ended; followed in the same run by four floors over the same
 * invoices, each doing one part of the work alone.
 *
 * <p>The job executor stays off, as in every test of the shared context: the benchmark creates and sends
 * {@code bench.b1.batch} invoices, then runs the due jobs on this one thread ({@link Jobs#executeAll()}), batch after
 * batch, and finally moves the engine clock past the two-day late-failure window and runs the jobs that ends. One
 * thread keeps the figures repeatable on a shared two-core machine; the "send to delivered" latency therefore
 * includes the time an invoice waits for the rest of its batch.
 */
@FakturaflytTest
class BillingRunBenchmark {

    private static final String LIFECYCLE = "invoice-lifecycle";

    @Autowired TestData data;
    @Autowired Jobs jobs;
    @Autowired InvoiceService invoices;
    @Autowired CustomerService customers;
    @Autowired CompanySettingsService company;
    @Autowired DeliveryLog deliveryLog;
    @Autowired DocumentService documents;
    @Autowired InvoicePdfRenderer renderer;
    @Autowired EhfWriter ehfWriter;
    @Autowired EhfValidator ehfValidator;
    @Autowired RuntimeService runtime;
    @Autowired ProcessEngine engine;
    @Autowired DataSource dataSource;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationContext context;
    @Autowired TestRestTemplate rest;

    @Test
    void billingRun() throws Exception {
        int n = Integer.getInteger("bench.b1.invoices", 5000);
        int m = Integer.getInteger("bench.b1.customers", 1000);
        int ehfPercent = Integer.getInteger("bench.b1.ehf-percent", 30);
        int batch = Integer.getInteger("bench.b1.batch", 25);
        int warmup = Integer.getInteger("bench.b1.warmup", 200);
        int jobThreads = Integer.getInteger("bench.b1.job-threads", 4);
        int jobsPerAcquisition = Integer.getInteger("bench.b1.jobs-per-acquisition", 8);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("invoices", n);
        parameters.put("customers", m);
        parameters.put("ehfPercent", ehfPercent);
        parameters.put("batch", batch);
        parameters.put("warmupInvoices", warmup);
        parameters.put("jobs", jobThreads == 0
                ? "Jobs.executeAll() on the benchmark's thread after each batch (job executor off)"
                : "the engine's job executor: " + EngineJobExecutor.describe(jobThreads, jobsPerAcquisition));

        sandbox(HttpMethod.DELETE, "/sandbox/faults", null);
        sandbox(HttpMethod.DELETE, "/sandbox/received", null);
        Product hours = data.product("3", "1250.00");
        Product licence = data.product("3", "349.50");
        List<Customer> buyers = new ArrayList<>();
        Map<Long, Boolean> takesEhf = new HashMap<>();
        for (int i = 0; i < m; i++) {
            // spreads the EHF customers evenly over the list: exactly ehfPercent of them, rounded down
            boolean ehf = (long) (i + 1) * ehfPercent / 100 != (long) i * ehfPercent / 100;
            Customer customer = data.business((ehf ? "innkjop" : "post") + i + "@bench.example");
            if (ehf) {
                sandbox(HttpMethod.POST, "/sandbox/peppol/participants",
                        Map.of("participantId", customer.getOrgNumber()));
            }
            buyers.add(customer);
            takesEhf.put(customer.getId(), ehf);
        }
        // warm-up: the same work, not measured, so that B1 is not mostly the JIT compiler (the floors run warm too)
        List<Long> warmupIds = new ArrayList<>(warmup);
        for (int i = 0; i < warmup; i++) {
            warmupIds.add(createAndSend(buyers.get(i % m), hours, licence, i));
            if ((i + 1) % batch == 0 || i == warmup - 1) {
                jobs.executeAll();
            }
        }
        if (warmup > 0) {
            // past the lifecycles' two-day window with a clock that keeps ticking (send → delivered is measured on it)
            ClockUtil.offset(Duration.ofDays(2).plusHours(1).toMillis());
            jobs.executeAll();
            assertThat(deliveryLog.attempts(warmupIds.get(warmup - 1))).as("warm-up delivered").isNotEmpty();
        }
        TestInfrastructure.greenMail().purgeEmailFromAllMailboxes();

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long dbBefore = databaseSize(jdbc);

        List<Long> ids = new ArrayList<>(n);
        long start;
        long delivered;
        long end;
        long peakHeapMb;
        SqlStatements sql = new SqlStatements(dataSource);
        sql.reset();
        BenchReport.CpuMeter cpu = new BenchReport.CpuMeter(jdbc.queryForObject("show data_directory", String.class));
        try (BenchReport.HeapSampler heap = new BenchReport.HeapSampler()) {
            start = System.nanoTime();
            if (jobThreads == 0) {
                for (int i = 0; i < n; i++) {
                    ids.add(createAndSend(buyers.get(i % m), hours, licence, i));
                    if ((i + 1) % batch == 0 || i == n - 1) {
                        jobs.executeAll();
                    }
                }
            } else {
                try (EngineJobExecutor executor = new EngineJobExecutor(engine, jobThreads, jobsPerAcquisition)) {
                    for (int i = 0; i < n; i++) {
                        ids.add(createAndSend(buyers.get(i % m), hours, licence, i));
                    }
                    executor.awaitUntil(() -> sentCount(jdbc, ids) == n, Duration.ofMinutes(30),
                            "every invoice delivered");
                }
            }
            delivered = System.nanoTime();
            jobs.advanceClock(Duration.ofDays(2).plusHours(1));
            jobs.executeAll();
            end = System.nanoTime();
            peakHeapMb = heap.peakMb();
        }
        Map<String, Object> sqlFigures = new LinkedHashMap<>();
        cpu.report(sqlFigures, "b1.cpu");
        sql.report(sqlFigures, "b1.sql", n);
        long dbAfter = databaseSize(jdbc);

        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(LIFECYCLE).count())
                .as("lifecycle instances still running").isZero();
        List<Long> latencies = new ArrayList<>(n);
        int byEhf = 0;
        int byEmail = 0;
        int expectedEhf = 0;
        for (Long id : ids) {
            Invoice invoice = invoices.get(id);
            DeliveryAttempt sent = deliveryLog.attempts(id).stream()
                    .filter(a -> a.getStatus() == DeliveryStatus.SENT).findFirst()
                    .orElseThrow(() -> new AssertionError("invoice " + id + " was not delivered"));
            latencies.add(Duration.between(invoice.getApprovedAt(), sent.getFinishedAt()).toMillis());
            if (sent.getChannel().equals("EHF")) {
                byEhf++;
            } else if (sent.getChannel().equals("EMAIL")) {
                byEmail++;
            }
            if (takesEhf.get(invoice.getCustomerId())) {
                expectedEhf++;
            }
        }
        assertThat(byEhf).as("invoices delivered by EHF").isEqualTo(expectedEhf);
        assertThat(byEmail).as("invoices delivered by e-mail").isEqualTo(n - expectedEhf);
        assertThat(TestInfrastructure.greenMail().getReceivedMessages()).hasSize(byEmail);
        latencies.sort(null);

        double b1Seconds = (end - start) / 1e9;
        double b1Rate = n / b1Seconds;
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("b1.seconds", BenchReport.round(b1Seconds));
        figures.put("b1.secondsUntilAllDelivered", BenchReport.round((delivered - start) / 1e9));
        figures.put("b1.invoicesPerSecond", BenchReport.round(b1Rate));
        figures.put("b1.deliveredByEhf", byEhf);
        figures.put("b1.deliveredByEmail", byEmail);
        figures.put("b1.sendToDeliveredP50Ms", BenchReport.percentile(latencies, 50));
        figures.put("b1.sendToDeliveredP99Ms", BenchReport.percentile(latencies, 99));
        figures.put("peakHeapMb", peakHeapMb);
        figures.put("databaseBytesPer1000Invoices", (dbAfter - dbBefore) * 1000 / n);

        Map<String, Double> floorRates = floors(ids, figures);
        figures.putAll(sqlFigures);
        Map.Entry<String, Double> slowest = floorRates.entrySet().stream().min(Map.Entry.comparingByValue())
                .orElseThrow();
        figures.put("slowestFloor", slowest.getKey());
        figures.put("b1DividedBySlowestFloor", BenchReport.round(b1Rate / slowest.getValue()));
        // issue 17: one invoice's own work on one core, t = t(JDBC) + t(FOP) + e·t(UBL + phive) + (1 − e)·t(SMTP),
        // from the floors of this run; the machine's limit is cores / t
        double e = (double) byEhf / n;
        double t = 1 / floorRates.get("a.jdbc") + 1 / floorRates.get("b.fop")
                + e / floorRates.get("d.ublAndPhive") + (1 - e) / floorRates.get("c.smtp");
        int cores = Runtime.getRuntime().availableProcessors();
        double limit = cores / t;
        figures.put("limit.ehfShare", BenchReport.round(e));
        figures.put("limit.msPerInvoiceOnOneCore", BenchReport.round(t * 1000));
        figures.put("limit.invoicesPerSecond", BenchReport.round(limit));
        figures.put("b1DividedByLimit", BenchReport.round(b1Rate / limit));
        BenchReport.target(figures, "B1 / L", BenchReport.round(b1Rate / limit) + " (B1 " + BenchReport.round(b1Rate)
                + "/s, L = " + cores + "/t = " + BenchReport.round(limit) + "/s; / slowest floor "
                + BenchReport.round(b1Rate / slowest.getValue()) + ")", ">= 0.5", b1Rate / limit >= 0.5);
        figures.put("b1.fullSize", n >= 5000);
        BenchReport.write("b1-billing-run", parameters, figures);
    }

    /** Creates a draft of two lines through the service layer and sends it ("invoice and send"); returns its id. */
    private Long createAndSend(Customer buyer, Product hours, Product licence, int i) {
        Invoice draft = data.draft(buyer, hours, 1 + i % 4, licence, 2);
        invoices.send(draft.getId(), "clerk");
        return draft.getId();
    }

    private static long sentCount(JdbcTemplate jdbc, List<Long> ids) {
        return jdbc.queryForObject("select count(distinct invoice_id) from delivery_attempt"
                + " where status = 'SENT' and invoice_id = any (?)", Long.class, (Object) ids.toArray(Long[]::new));
    }

    /** Runs the four floors over the same invoices; each rate is invoices per second with that step done alone. */
    private Map<String, Double> floors(List<Long> ids, Map<String, Object> figures) throws Exception {
        int n = ids.size();
        Map<String, Double> rates = new LinkedHashMap<>();

        JdbcFloor jdbcFloor = JdbcFloor.invoiceRows(dataSource);
        double jdbcSeconds = jdbcFloor.run(ids);
        BenchReport.floor(rates, figures, "invoicesPerSecond", "a.jdbc", n, jdbcSeconds);
        figures.put("floor.a.jdbc.rowsWritten", jdbcFloor.rowsWritten());

        CompanySettings seller = company.current();
        List<InvoiceDocument> pdfDocs = new ArrayList<>(n);
        List<StoredDocument> pdfs = new ArrayList<>(n);
        List<Customer> buyers = new ArrayList<>(n);
        List<EhfDocument> ehfDocs = new ArrayList<>(n);
        transactions.executeWithoutResult(status -> {
            for (Long id : ids) {
                Invoice invoice = invoices.get(id);
                Customer buyer = customers.get(invoice.getCustomerId());
                StoredDocument pdf = documents.invoicePdf(id).orElseThrow();
                pdfDocs.add(BenchInvoiceDocuments.build(context, invoice));
                pdfs.add(pdf);
                buyers.add(buyer);
                ehfDocs.add(BenchEhfDocuments.build(context, invoice, pdf, buyer, seller));
            }
        });

        long start = System.nanoTime();
        long pdfBytes = 0;
        for (InvoiceDocument doc : pdfDocs) {
            pdfBytes += renderer.render(doc).length;
        }
        BenchReport.floor(rates, figures, "invoicesPerSecond", "b.fop", n, (System.nanoTime() - start) / 1e9);
        figures.put("floor.b.fop.averagePdfBytes", pdfBytes / n);

        TestInfrastructure.greenMail().purgeEmailFromAllMailboxes();
        start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            String number = pdfDocs.get(i).number();
            BenchMail.send(context, seller, buyers.get(i).getInvoiceEmail(), "Faktura " + number,
                    "Vedlagt følger faktura " + number + ".", pdfs.get(i), "bench-smtp-floor-" + ids.get(i));
        }
        BenchReport.floor(rates, figures, "invoicesPerSecond", "c.smtp", n, (System.nanoTime() - start) / 1e9);
        assertThat(TestInfrastructure.greenMail().getReceivedMessages()).hasSize(n);

        start = System.nanoTime();
        for (EhfDocument doc : ehfDocs) {
            ehfValidator.requireValid(ehfWriter.write(doc), doc.kind());
        }
        BenchReport.floor(rates, figures, "invoicesPerSecond", "d.ublAndPhive", n,
                (System.nanoTime() - start) / 1e9);
        return rates;
    }

    private static long databaseSize(JdbcTemplate jdbc) {
        jdbc.execute("checkpoint");
        return jdbc.queryForObject("select pg_database_size(current_database())", Long.class);
    }

    private void sandbox(HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", "sandbox-key");
        headers.setContentType(MediaType.APPLICATION_JSON);
        var response = rest.exchange(path, method, new HttpEntity<>(body, headers), Object.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(method + " " + path + ": " + response).isTrue();
    }
}
