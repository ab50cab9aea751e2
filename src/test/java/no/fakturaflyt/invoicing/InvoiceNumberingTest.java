package no.fakturaflyt.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.fakturaflyt.common.CheckDigits;
import no.fakturaflyt.common.KidAlgorithm;
import no.fakturaflyt.company.CompanySettingsService;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.ledger.Voucher;
import no.fakturaflyt.numbering.NumberSeriesService;
import no.fakturaflyt.product.Product;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.PostingFaultInjector;
import no.fakturaflyt.support.TestData;
import no.fakturaflyt.support.TestInfrastructure;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Invoice numbers are gap-free and unique, however postings race or fail. */
@FakturaflytTest
class InvoiceNumberingTest {

    private static final String INVOICE_SERIES = CompanySettingsService.INVOICE_SERIES;

    @Autowired InvoiceService invoices;
    @Autowired InvoicePostingService posting;
    @Autowired NumberSeriesService numberSeries;
    @Autowired LedgerService ledger;
    @Autowired ManagementService managementService;
    @Autowired PostingFaultInjector faults;
    @Autowired TestData data;
    @Autowired Jobs jobs;
    @Autowired RuntimeService runtimeService;
    @Autowired DataSource dataSource;



    @Test
    void twentyConcurrentPostingsGetTwentyConsecutiveNumbers() throws Exception {
        Product product = data.product("3", "199.00");
        List<Long> ids = new ArrayList<>();
        List<String> jobIds = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Customer customer = data.business("samtidig" + i + "@kunde.example");
            Invoice approved = invoices.send(data.draft(customer, product, i + 1).getId(), "clerk");
            ids.add(approved.getId());
            Job job = managementService.createJobQuery().processInstanceId(approved.getProcessInstanceId())
                    .activityId("Task_PostInvoice").singleResult();
            assertThat(job).as("post job of invoice %s", approved.getId()).isNotNull();
            jobIds.add(job.getId());
        }
        long nextBefore = numberSeries.peekNext(INVOICE_SERIES);

        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch startGate = new CountDownLatch(1);
        Map<String, Throwable> failures = new ConcurrentHashMap<>();
        List<Future<?>> running = new ArrayList<>();
        try {
            for (String jobId : jobIds) {
                running.add(pool.submit(() -> {
                    startGate.await();
                    try {
                        managementService.executeJob(jobId);
                    } catch (RuntimeException e) {
                        failures.put(jobId, e);
                    }
                    return null;
                }));
            }
            startGate.countDown();
            for (Future<?> future : running) {
                future.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(failures).as("jobs that failed").isEmpty();
        List<Long> numbers = new ArrayList<>();
        List<String> kids = new ArrayList<>();
        for (long id : ids) {
            Invoice invoice = invoices.get(id);
            assertThat(invoice.getStatus()).as("invoice %s", id).isEqualTo(InvoiceStatus.POSTED);
            numbers.add(invoice.getInvoiceNumber());
            kids.add(invoice.getKid());

            Voucher voucher = ledger.voucherFor(InvoicePostingService.SOURCE_INVOICE, id).orElseThrow();
            assertThat(voucher.getId()).isEqualTo(invoice.getVoucherId());
            assertThat(voucher.totalDebit()).as("voucher of invoice %s", id)
                    .isEqualByComparingTo(voucher.totalCredit())
                    .isEqualByComparingTo(invoice.getTotal());
        }
        assertThat(numbers).doesNotHaveDuplicates();
        assertThat(Collections.max(numbers) - Collections.min(numbers)).isEqualTo(19);
        assertThat(Collections.min(numbers)).isEqualTo(nextBefore);
        assertThat(numberSeries.peekNext(INVOICE_SERIES)).isEqualTo(nextBefore + 20);
        assertThat(kids).doesNotHaveDuplicates()
                .allSatisfy(kid -> assertThat(CheckDigits.isValidKid(kid, KidAlgorithm.MOD10))
                        .as("KID %s is valid MOD10", kid).isTrue());
        assertThat(ids.stream().map(id -> ledger.voucherFor(InvoicePostingService.SOURCE_INVOICE, id)
                .orElseThrow().getVoucherNumber()).distinct().count()).isEqualTo(20);

        // let the processes finish, so that no job of this test is left for another one to run
        jobs.executeAll();
    }

    /**
     * Issue 17: the posting job takes its number as the last work of its transaction. While another transaction holds
     * the series row, the posting job is seen waiting for it with the engine's own writes already done (its row locks
     * on the job and activity history tables are held); once the row is free it gets the next number, and the next
     * step names the process by it.
     */
    @Test
    void thePostingJobLocksItsSeriesOnlyAfterTheEngineHasWritten() throws Exception {
        Customer customer = data.business("sist@kunde.example");
        Invoice approved = invoices.send(data.draft(customer, data.product("3", "120.00"), 1).getId(), "clerk");
        String processId = approved.getProcessInstanceId();
        Job postJob = managementService.createJobQuery().processInstanceId(processId)
                .activityId("Task_PostInvoice").singleResult();
        long next = numberSeries.peekNext(INVOICE_SERIES);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        ExecutorService worker = Executors.newSingleThreadExecutor();
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (var lock = holder.prepareStatement(
                    "select next_number from number_series where code = ? for update")) {
                lock.setString(1, INVOICE_SERIES);
                lock.executeQuery().close();
            }
            Future<?> posting = worker.submit(() -> managementService.executeJob(postJob.getId()));

            Integer waiting = await().atMost(Duration.ofMinutes(2)).until(() -> jdbc.query(
                    "select pid from pg_stat_activity where wait_event_type = 'Lock' and query ilike '%number_series%'",
                    (rs, i) -> rs.getInt(1)).stream().findFirst().orElse(null), pid -> pid != null);
            List<String> written = jdbc.queryForList("select c.relname from pg_locks l join pg_class c"
                    + " on c.oid = l.relation where l.pid = ? and l.mode = 'RowExclusiveLock' and l.granted",
                    String.class, waiting);
            assertThat(written).as("tables the waiting posting job has written")
                    .contains("act_ru_job", "act_hi_actinst");
            assertThat(posting).isNotDone();

            holder.rollback();
            posting.get(2, TimeUnit.MINUTES);
        } finally {
            worker.shutdownNow();
        }

        Invoice posted = invoices.get(approved.getId());
        assertThat(posted.getStatus()).isEqualTo(InvoiceStatus.POSTED);
        assertThat(posted.getInvoiceNumber()).isEqualTo(next);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(processId).singleResult()
                .getBusinessKey()).as("named by the next step, not the posting").isNull();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(processId).singleResult()
                .getId());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(processId).singleResult()
                .getBusinessKey()).isEqualTo("invoice-" + next);
        assertThat(runtimeService.getVariable(processId, InvoiceLifecycle.INVOICE_NUMBER))
                .isEqualTo(String.valueOf(next));
        jobs.executeAll();
    }

    @Test
    void aPostingThatFailsAfterNumberingIsRetriedWithoutAGap() {
        Customer customer = data.business("feil@kunde.example");
        Product product = data.product("3", "300.00");
        Invoice approved = invoices.send(data.draft(customer, product, 1).getId(), "clerk");
        long id = approved.getId();
        Job postJob = managementService.createJobQuery().processInstanceId(approved.getProcessInstanceId())
                .activityId("Task_PostInvoice").singleResult();
        long next = numberSeries.peekNext(INVOICE_SERIES);
        faults.failNextPostingOf(id);

        assertThatThrownBy(() -> managementService.executeJob(postJob.getId()))
                .hasMessageContaining("Injected failure");

        Job failed = managementService.createJobQuery().jobId(postJob.getId()).singleResult();
        assertThat(failed.getRetries()).isLessThan(3).isPositive();
        assertThat(failed.getExceptionMessage()).contains("Injected failure");
        Invoice notPosted = invoices.get(id);
        assertThat(notPosted.getStatus()).isEqualTo(InvoiceStatus.APPROVED);
        assertThat(notPosted.getInvoiceNumber()).isNull();
        assertThat(notPosted.getKid()).isNull();
        assertThat(numberSeries.peekNext(INVOICE_SERIES)).isEqualTo(next);
        assertThat(ledger.voucherFor(InvoicePostingService.SOURCE_INVOICE, id)).isEmpty();
        assertThat(ledger.findOpenItem(id)).isEmpty();

        // the retry is not due before its minute has passed
        jobs.executeAll();
        assertThat(invoices.get(id).getStatus()).isEqualTo(InvoiceStatus.APPROVED);

        jobs.advanceClock(Duration.ofMinutes(2));
        jobs.executeAll();

        Invoice posted = invoices.get(id);
        assertThat(posted.getStatus()).isEqualTo(InvoiceStatus.POSTED);
        assertThat(posted.getInvoiceNumber()).isEqualTo(next);
        assertThat(ledger.voucherFor(InvoicePostingService.SOURCE_INVOICE, id)).isPresent();
        assertThat(ledger.findOpenItem(id).orElseThrow().getOpenAmount()).isEqualByComparingTo(posted.getTotal());

        Invoice following = invoices.send(data.draft(customer, product, 2).getId(), "clerk");
        jobs.executeAll();
        assertThat(invoices.get(following.getId()).getInvoiceNumber()).isEqualTo(next + 1);
    }

    @Test
    void postingAnInvoiceAgainReturnsItsNumberAndPostsNothingMore() {
        Customer customer = data.business("to-ganger@kunde.example");
        Invoice approved = invoices.send(data.draft(customer, data.product("31", "89.90"), 5).getId(), "clerk");
        long id = approved.getId();
        jobs.executeAll();
        Invoice posted = invoices.get(id);
        assertThat(posted.getStatus()).isEqualTo(InvoiceStatus.POSTED);
        long nextInvoiceNumber = numberSeries.peekNext(INVOICE_SERIES);
        long vouchersBefore = ledger.vouchers().size();

        Invoice again = posting.post(id);

        assertThat(again.getInvoiceNumber()).isEqualTo(posted.getInvoiceNumber());
        assertThat(again.getKid()).isEqualTo(posted.getKid());
        assertThat(again.getVoucherId()).isEqualTo(posted.getVoucherId());
        assertThat(numberSeries.peekNext(INVOICE_SERIES)).isEqualTo(nextInvoiceNumber);
        assertThat(ledger.vouchers()).hasSize((int) vouchersBefore);
        assertThat(ledger.vouchers()).filteredOn(v -> v.getSourceType().equals(InvoicePostingService.SOURCE_INVOICE)
                && v.getSourceId() == id).hasSize(1);
        assertThat(ledger.findOpenItem(id).orElseThrow().getOpenAmount()).isEqualByComparingTo(posted.getTotal());
    }
}
