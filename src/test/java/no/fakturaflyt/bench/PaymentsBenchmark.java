package no.fakturaflyt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import no.fakturaflyt.common.ChannelType;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerType;
import no.fakturaflyt.dunning.PaymentFollowUp;
import no.fakturaflyt.dunning.PaymentFollowUpStarter;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoicePostingService;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.payment.bankfile.BankFileImport;
import no.fakturaflyt.payment.bankfile.BankFileImportService;
import no.fakturaflyt.payment.bankfile.BenchOcrFiles;
import no.fakturaflyt.product.Product;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.TestData;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * B3, payments from an OCR Giro file (issue 7): P posted invoices for M e-mail customers, each with its open item and
 * a running payment follow-up (waiting on its first timer), then one OCR file paying every one of them in full by its
 * KID. The setup posts the invoices and starts their follow-ups directly (no PDF, no sending: that is B1's part); a
 * smaller warm-up file of the same kind is booked first, unmeasured. The measured part is
 * {@link BankFileImportService#importFile} as a clerk's upload calls it, booking the file before it returns
 * ({@code fakturaflyt.bank-files.async=false} in the test context): read and record the file, then per payment, on
 * {@code fakturaflyt.bank-files.booking-threads} threads, match the KID, register the payment (allocation, the
 * follow-up's end by message correlation, voucher) in one transaction.
 *
 * <p>The check: the import is DONE with P matched and nothing else; every invoice has one payment and nothing open;
 * every follow-up case is PAID and no follow-up process is left running.
 */
@FakturaflytTest
class PaymentsBenchmark {

    @Autowired TestData data;
    @Autowired Jobs jobs;
    @Autowired InvoiceService invoices;
    @Autowired BankFileImportService bankFiles;
    @Autowired RuntimeService runtime;
    @Autowired DataSource dataSource;
    @Autowired InvoicePostingService posting;
    @Autowired PaymentFollowUpStarter followUps;
    @Autowired TransactionTemplate transactions;
    @Value("${fakturaflyt.bank-files.booking-threads:4}") int bookingThreads;

    @Test
    void ocrFilePayingEveryInvoice() throws Exception {
        int p = Integer.getInteger("bench.b3.payments", 100_000);
        int m = Integer.getInteger("bench.b3.customers", 1000);
        int warmup = Integer.getInteger("bench.b3.warmup", 200);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("payments", p);
        parameters.put("customers", m);
        parameters.put("warmupPayments", warmup);
        parameters.put("bookingThreads", bookingThreads);
        parameters.put("import", "BankFileImportService.importFile, synchronous (bank-files.async=false)");
        parameters.put("setup", "invoices posted with InvoicePostingService and their follow-ups started with"
                + " PaymentFollowUpStarter, as the lifecycle does, without rendering or sending (not measured)");

        Product product = data.product("3", "1000.00");
        List<Customer> payers = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            payers.add(data.customer(CustomerType.BUSINESS, "betaler" + i + "@bench.example",
                    List.of(ChannelType.EMAIL)));
        }
        long setupStart = System.nanoTime();
        List<Long> warmupIds = openInvoices(payers, product, warmup, 0);
        List<Long> ids = openInvoices(payers, product, p, warmup);
        jobs.executeAll(); // each follow-up opens its case, then waits on its first timer, days away
        double setupSeconds = (System.nanoTime() - setupStart) / 1e9;

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Long[] idArray = ids.toArray(Long[]::new);
        assertThat(jdbc.queryForObject("select count(*) from open_item where invoice_id = any (?)"
                + " and item_type = 'INVOICE' and open_amount > 0", Long.class, (Object) idArray))
                .as("open invoice items").isEqualTo(p);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PaymentFollowUp.PROCESS_KEY).count())
                .as("follow-ups running").isEqualTo(p + warmup);

        // warm-up: a smaller file of the same kind, booked the same way and not measured (JIT, statement caches)
        if (warmup > 0) {
            BankFileImport warm = bankFiles.importFile("bench-ocr-warmup-" + warmupIds.get(0) + ".txt",
                    ocrFile(warmupIds, LocalDate.now(OsloClock.OSLO)).file(), "BENCH", "clerk");
            assertThat(warm.getMatched()).as("warm-up payments matched").isEqualTo(warmup);
        }

        Ocr ocr = ocrFile(ids, LocalDate.now(OsloClock.OSLO));
        byte[] file = ocr.file();
        long expectedOre = ocr.totalOre();
        long dbBefore = databaseSize(jdbc);

        long start;
        long end;
        long peakHeapMb;
        BankFileImport result;
        SqlStatements sql = new SqlStatements(dataSource);
        sql.reset();
        try (BenchReport.HeapSampler heap = new BenchReport.HeapSampler()) {
            start = System.nanoTime();
            result = bankFiles.importFile("bench-ocr-" + ids.get(0) + ".txt", file, "BENCH", "clerk");
            end = System.nanoTime();
            peakHeapMb = heap.peakMb();
        }
        Map<String, Object> sqlFigures = new LinkedHashMap<>();
        sql.report(sqlFigures, "b3.sql", p);
        long dbAfter = databaseSize(jdbc);

        assertThat(result.getStatus()).isEqualTo(BankFileImport.Status.DONE);
        assertThat(result.getTransactions()).isEqualTo(p);
        assertThat(result.getProcessed()).isEqualTo(p);
        assertThat(result.getMatched()).as("matched").isEqualTo(p);
        assertThat(result.getPartlyPaid() + result.getOverpaid() + result.getUnmatched() + result.getDuplicates()
                + result.getFailed()).as("anything but matched").isZero();
        assertThat(result.getTotal().movePointRight(2).longValueExact()).isEqualTo(expectedOre);
        assertThat(jdbc.queryForObject("select count(*) from payment where invoice_id = any (?)", Long.class,
                (Object) idArray)).as("payments registered").isEqualTo(p);
        assertThat(jdbc.queryForObject("select count(*) from open_item where invoice_id = any (?)"
                + " and item_type = 'INVOICE' and open_amount <> 0", Long.class, (Object) idArray))
                .as("invoice items still open").isZero();
        assertThat(jdbc.queryForObject("select count(*) from follow_up_case where invoice_id = any (?)"
                + " and stage = 'PAID' and closed_at is not null", Long.class, (Object) idArray))
                .as("follow-up cases closed as paid").isEqualTo(p);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PaymentFollowUp.PROCESS_KEY).count())
                .as("follow-ups still running").isZero();

        double seconds = (end - start) / 1e9;
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("b3.seconds", BenchReport.round(seconds));
        figures.put("b3.paymentsPerSecond", BenchReport.round(p / seconds));
        figures.put("b3.fileBytes", file.length);
        figures.put("b3.setupSeconds", BenchReport.round(setupSeconds));
        figures.put("b3.matched", result.getMatched());
        figures.put("peakHeapMb", peakHeapMb);
        figures.put("databaseBytesPer1000Payments", (dbAfter - dbBefore) * 1000 / p);
        BenchReport.target(figures, "B3 payments/s", BenchReport.round(p / seconds) + " (" + p
                + " payments, until every follow-up ended)", ">= 1000/s at 100,000", p / seconds >= 1000 && p >= 100_000);
        figures.putAll(sqlFigures);
        BenchReport.write("b3-payments", parameters, figures);
    }

    /**
     * {@code count} invoices of 1,250.00, posted and each with its payment follow-up running (waiting on its first
     * timer), as the lifecycle leaves them after posting; rendering and sending are left out, since B3 is about the
     * payments. Customers are taken in turn, starting after {@code offset}.
     */
    private List<Long> openInvoices(List<Customer> payers, Product product, int count, int offset) {
        List<Long> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Invoice draft = data.draft(payers.get((offset + i) % payers.size()), product, 1);
            invoices.approveForLifecycle(draft.getId(), "clerk");
            transactions.executeWithoutResult(s -> {
                posting.post(draft.getId());
                followUps.start(draft.getId());
            });
            ids.add(draft.getId());
        }
        return ids;
    }

    private record Ocr(byte[] file, long totalOre) {
    }

    /** One OCR Giro file paying each of the invoices in full by its KID, settled {@code on}. */
    private Ocr ocrFile(List<Long> ids, LocalDate on) {
        List<BenchOcrFiles.Payment> payments = new ArrayList<>(ids.size());
        long totalOre = 0;
        for (Long id : ids) {
            Invoice invoice = invoices.get(id);
            long ore = invoice.getTotal().movePointRight(2).longValueExact();
            payments.add(new BenchOcrFiles.Payment(invoice.getKid(), ore, String.valueOf(id)));
            totalOre += ore;
        }
        return new Ocr(BenchOcrFiles.ocr(String.valueOf(ids.get(0) % 10_000_000), on, payments), totalOre);
    }

    private static long databaseSize(JdbcTemplate jdbc) {
        jdbc.execute("checkpoint");
        return jdbc.queryForObject("select pg_database_size(current_database())", Long.class);
    }
}
