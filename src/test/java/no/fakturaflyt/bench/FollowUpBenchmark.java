package no.fakturaflyt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import no.fakturaflyt.common.ChannelType;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.company.CompanySettings;
import no.fakturaflyt.company.CompanySettingsService;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.distribution.BenchMail;
import no.fakturaflyt.document.BenchInvoiceDocuments;
import no.fakturaflyt.document.DocumentService;
import no.fakturaflyt.document.FollowUpLetter;
import no.fakturaflyt.document.ReminderDocument;
import no.fakturaflyt.document.StoredDocument;
import no.fakturaflyt.dunning.DebtorType;
import no.fakturaflyt.dunning.FollowUpSettings;
import no.fakturaflyt.dunning.FollowUpSettingsService;
import no.fakturaflyt.dunning.FollowUpStep;
import no.fakturaflyt.dunning.ReminderPolicy;
import no.fakturaflyt.customer.CustomerType;
import no.fakturaflyt.dunning.PaymentFollowUp;
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
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * B2, the first reminders (issue 7): K unpaid invoices for M e-mail customers, sent on one day 40 days ago (so the
 * dates stay in the past whatever other benchmarks posted today), listed by their follow-up on due + 4 (1 day + 3
 * postal days), then waiting on the timer of the first reminder at due + 14. The measured part moves the engine clock
 * to 08:00 on due + 14 and runs the engine's job executor ({@code bench.b2.job-threads}, default 4; 0 runs the due
 * jobs on this thread with {@link Jobs#executeAll()} instead) until every reminder is sent: every follow-up applies the reminder policy, prepares reminder 1 (fee within the law, fee posting,
 * PDF) and hands it to the distribution run, which sends it by SMTP to GreenMail.
 *
 * <p>The check: one {@code follow_up_step} REMINDER_1 per invoice, and exactly one reminder mail per invoice in
 * GreenMail (emptied before the measured part), each customer receiving as many as it has invoices.
 */
@FakturaflytTest
class FollowUpBenchmark {

    @Autowired TestData data;
    @Autowired Jobs jobs;
    @Autowired InvoiceService invoices;
    @Autowired RuntimeService runtime;
    @Autowired ProcessEngine engine;
    @Autowired DataSource dataSource;
    @Autowired ReminderPolicy policy;
    @Autowired FollowUpSettingsService followUpSettings;
    @Autowired DocumentService documents;
    @Autowired CompanySettingsService company;
    @Autowired CustomerService customers;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationContext context;

    @Test
    void firstReminders() throws Exception {
        int k = Integer.getInteger("bench.b2.invoices", 10_000);
        int m = Integer.getInteger("bench.b2.customers", 1000);
        int batch = Integer.getInteger("bench.b2.batch", 25);
        int jobThreads = Integer.getInteger("bench.b2.job-threads", 4);
        int jobsPerAcquisition = Integer.getInteger("bench.b2.jobs-per-acquisition", 8);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("invoices", k);
        parameters.put("customers", m);
        parameters.put("batch", batch);
        parameters.put("jobs", jobThreads == 0 ? "Jobs.executeAll() on the benchmark's thread (job executor off)"
                : "the engine's job executor: " + EngineJobExecutor.describe(jobThreads, jobsPerAcquisition));

        LocalDate sentOn = LocalDate.now(OsloClock.OSLO).minusDays(40);
        at(sentOn);
        Product product = data.product("3", "1000.00");
        List<Customer> debtors = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            debtors.add(data.customer(CustomerType.BUSINESS, "skyldner" + i + "@bench.example",
                    List.of(ChannelType.EMAIL)));
        }
        Map<String, Integer> expectedPerRecipient = new HashMap<>();
        List<Long> ids = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            Customer debtor = debtors.get(i % m);
            Invoice draft = data.draft(debtor, product, 1);
            invoices.send(draft.getId(), "clerk");
            ids.add(draft.getId());
            expectedPerRecipient.merge(debtor.getInvoiceEmail(), 1, Integer::sum);
            if ((i + 1) % batch == 0 || i == k - 1) {
                jobs.executeAll();
            }
        }
        LocalDate due = invoices.get(ids.get(0)).getDueDate();
        assertThat(ids.stream().map(id -> invoices.get(id).getDueDate()).distinct()).containsExactly(due);

        // listing on due + 4 is not measured, but timed for reference; it also ends the lifecycles (2-day window)
        long listingStart = System.nanoTime();
        at(due.plusDays(4));
        double listingSeconds = (System.nanoTime() - listingStart) / 1e9;
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(countCases(jdbc, ids, "LISTED")).as("follow-ups listed and waiting for reminder 1").isEqualTo(k);
        assertThat(countSteps(jdbc, ids, "REMINDER_1")).isZero();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PaymentFollowUp.PROCESS_KEY).count())
                .isEqualTo(k);
        TestInfrastructure.greenMail().purgeEmailFromAllMailboxes();

        LocalDate reminderDay = due.plusDays(14);
        long start;
        long end;
        long peakHeapMb;
        SqlStatements sql = new SqlStatements(dataSource);
        sql.reset();
        BenchReport.CpuMeter cpu = new BenchReport.CpuMeter();
        try (BenchReport.HeapSampler heap = new BenchReport.HeapSampler()) {
            start = System.nanoTime();
            if (jobThreads == 0) {
                at(reminderDay);
            } else {
                setClock(reminderDay);
                try (EngineJobExecutor executor = new EngineJobExecutor(engine, jobThreads, jobsPerAcquisition)) {
                    executor.awaitUntil(() -> countSent(jdbc, ids, reminderDay) == k
                            && TestInfrastructure.greenMail().getReceivedMessages().length >= k,
                            Duration.ofMinutes(30), "every reminder 1 sent");
                }
                jobs.executeAll();
            }
            end = System.nanoTime();
            peakHeapMb = heap.peakMb();
        }
        Map<String, Object> sqlFigures = new LinkedHashMap<>();
        cpu.report(sqlFigures, "b2.cpu");
        sql.report(sqlFigures, "b2.sql", k);

        assertThat(countSteps(jdbc, ids, "REMINDER_1")).as("REMINDER_1 steps").isEqualTo(k);
        assertThat(countSent(jdbc, ids, reminderDay)).as("sent on the reminder day, with a document").isEqualTo(k);
        MimeMessage[] mails = TestInfrastructure.greenMail().getReceivedMessages();
        assertThat(mails).as("one reminder mail per invoice").hasSize(k);
        Map<String, Integer> perRecipient = new HashMap<>();
        for (MimeMessage mail : mails) {
            for (Address to : mail.getAllRecipients()) {
                perRecipient.merge(to.toString(), 1, Integer::sum);
            }
        }
        assertThat(perRecipient).isEqualTo(expectedPerRecipient);

        double seconds = (end - start) / 1e9;
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("b2.seconds", BenchReport.round(seconds));
        figures.put("b2.remindersPerSecond", BenchReport.round(k / seconds));
        figures.put("b2.reminderMails", mails.length);
        figures.put("b2.listingSecondsNotInRate", BenchReport.round(listingSeconds));
        figures.put("peakHeapMb", peakHeapMb);

        // issue 17: one reminder's own work on one core, t = t(DMN) + t(fee voucher's rows) + t(letter PDF) + t(SMTP),
        // from floors over the same reminders in this run; the machine's limit is cores / t
        Map<String, Double> floorRates = floors(jdbc, ids, figures);
        figures.putAll(sqlFigures);
        double t = floorRates.values().stream().mapToDouble(rate -> 1 / rate).sum();
        int cores = Runtime.getRuntime().availableProcessors();
        double rate = k / seconds;
        double limit = cores / t;
        figures.put("limit.msPerReminderOnOneCore", BenchReport.round(t * 1000));
        figures.put("limit.remindersPerSecond", BenchReport.round(limit));
        figures.put("b2DividedByLimit", BenchReport.round(rate / limit));
        BenchReport.target(figures, "B2 / L", BenchReport.round(rate / limit) + " (B2 " + BenchReport.round(rate)
                + "/s, L = " + cores + "/t = " + BenchReport.round(limit) + "/s)", ">= 0.5", rate / limit >= 0.5);
        figures.put("b2.fullSize", k >= 10_000);
        BenchReport.write("b2-follow-up", parameters, figures);
    }

    /**
     * B2's four floors over the reminders just sent, each alone on this thread: the reminder policy (DMN), the
     * reminder's own rows with plain JDBC (step, fee voucher and its lines, fee item, letter, delivery attempt), the
     * letter's PDF as the run rendered it, and the mail through the application's pooled SMTP connections.
     */
    private Map<String, Double> floors(JdbcTemplate jdbc, List<Long> invoiceIds, Map<String, Object> figures)
            throws Exception {
        List<Map<String, Object>> steps = jdbc.queryForList("select s.id, c.invoice_id, s.sent_on, s.pay_by,"
                + " s.outstanding, s.fee, s.document_id from follow_up_step s join follow_up_case c on c.id = s.case_id"
                + " where c.invoice_id = any (?) and s.step = 'REMINDER_1' order by s.id",
                (Object) invoiceIds.toArray(Long[]::new));
        int n = steps.size();
        Map<String, Double> rates = new LinkedHashMap<>();

        long start = System.nanoTime();
        for (Map<String, Object> step : steps) {
            policy.decide(DebtorType.BUSINESS, FollowUpStep.REMINDER_1, (BigDecimal) step.get("outstanding"));
        }
        BenchReport.floor(rates, figures, "remindersPerSecond", "a.dmn", n, (System.nanoTime() - start) / 1e9);

        JdbcFloor rows = JdbcFloor.reminderRows(dataSource);
        double rowSeconds = rows.run(steps.stream().map(s -> ((Number) s.get("id")).longValue()).toList());
        BenchReport.floor(rates, figures, "remindersPerSecond", "b.jdbc", n, rowSeconds);
        figures.put("floor.b.jdbc.rowsWritten", rows.rowsWritten());

        boolean withCopy = followUpSettings.current().getDocumentStyle() == FollowUpSettings.DocumentStyle.INVOICE_COPY;
        long[] pdfBytes = new long[2];
        double pdfSeconds = transactions.execute(status -> {
            List<Invoice> reminded = new ArrayList<>(n);
            List<FollowUpLetter> letters = new ArrayList<>(n);
            for (Map<String, Object> step : steps) {
                Invoice invoice = invoices.get(((Number) step.get("invoice_id")).longValue());
                BigDecimal outstanding = (BigDecimal) step.get("outstanding");
                BigDecimal fee = (BigDecimal) step.get("fee");
                reminded.add(invoice);
                letters.add(new FollowUpLetter(ReminderDocument.Kind.REMINDER, 1,
                        ((java.sql.Date) step.get("sent_on")).toLocalDate(),
                        ((java.sql.Date) step.get("pay_by")).toLocalDate(),
                        List.of(new ReminderDocument.Item(String.valueOf(invoice.getInvoiceNumber()),
                                invoice.getInvoiceDate(), invoice.getDueDate(), invoice.getTotal(), outstanding)),
                        fee, null, outstanding.add(fee), withCopy ? invoice.getKid() : null, true, withCopy));
                pdfBytes[1] += documents.document(((Number) step.get("document_id")).longValue()).getContent().length;
            }
            long begin = System.nanoTime();
            for (int i = 0; i < n; i++) {
                pdfBytes[0] += BenchInvoiceDocuments.renderFollowUp(context, reminded.get(i), letters.get(i)).length;
            }
            return (System.nanoTime() - begin) / 1e9;
        });
        BenchReport.floor(rates, figures, "remindersPerSecond", "c.letterPdf", n, pdfSeconds);
        figures.put("floor.c.letterPdf.averageBytes", pdfBytes[0] / n);
        figures.put("floor.c.letterPdf.averageBytesAsSent", pdfBytes[1] / n);

        CompanySettings seller = company.current();
        List<StoredDocument> letters = new ArrayList<>(n);
        List<String> recipients = new ArrayList<>(n);
        for (Map<String, Object> step : steps) {
            letters.add(documents.document(((Number) step.get("document_id")).longValue()));
            recipients.add(customers.get(invoices.get(((Number) step.get("invoice_id")).longValue()).getCustomerId())
                    .getInvoiceEmail());
        }
        TestInfrastructure.greenMail().purgeEmailFromAllMailboxes();
        start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            BenchMail.send(context, seller, recipients.get(i), "Purring", "Vedlagt følger en purring.",
                    letters.get(i), "bench-b2-smtp-floor-" + steps.get(i).get("id"));
        }
        BenchReport.floor(rates, figures, "remindersPerSecond", "d.smtp", n, (System.nanoTime() - start) / 1e9);
        assertThat(TestInfrastructure.greenMail().getReceivedMessages()).hasSize(n);
        return rates;
    }

    /** Moves the engine clock to 08:00 in Oslo on {@code day} and runs every job due by then. */
    private void at(LocalDate day) {
        setClock(day);
        jobs.executeAll();
    }

    private static void setClock(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(8, 0)).atZone(OsloClock.OSLO).toInstant()));
    }

    private static long countSent(JdbcTemplate jdbc, List<Long> ids, LocalDate day) {
        return jdbc.queryForObject("select count(*) from follow_up_step s join follow_up_case c on c.id = s.case_id"
                + " where c.invoice_id = any (?) and s.step = 'REMINDER_1' and s.sent_on = ? and s.document_id is not null",
                Long.class, ids.toArray(Long[]::new), day);
    }

    private static long countCases(JdbcTemplate jdbc, List<Long> ids, String stage) {
        return jdbc.queryForObject("select count(*) from follow_up_case where invoice_id = any (?) and stage = ?",
                Long.class, ids.toArray(Long[]::new), stage);
    }

    private static long countSteps(JdbcTemplate jdbc, List<Long> ids, String step) {
        return jdbc.queryForObject("select count(*) from follow_up_step s join follow_up_case c on c.id = s.case_id"
                + " where c.invoice_id = any (?) and s.step = ?", Long.class, ids.toArray(Long[]::new), step);
    }
}
