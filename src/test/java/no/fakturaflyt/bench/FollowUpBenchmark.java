package no.fakturaflyt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
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
import no.fakturaflyt.customer.Customer;
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
import org.springframework.jdbc.core.JdbcTemplate;

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
        figures.putAll(sqlFigures);
        BenchReport.write("b2-follow-up", parameters, figures);
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
