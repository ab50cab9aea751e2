package no.fakturaflyt.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import no.fakturaflyt.common.ConflictException;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.support.FakturaflytTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A posting and the closing of its period at the same moment, on PostgreSQL, in two threads whose order the latches
 * fix: whichever takes the fiscal year's row first, the other waits for it to commit, so that no voucher ever lands
 * in a closed period; and two postings into the same year do not wait for each other. That a thread waits is read
 * from PostgreSQL itself (pg_stat_activity), not guessed from the time that passed. Each test uses a year of its own,
 * far back, and leaves its closing committed.
 */
@FakturaflytTest
class PostingAgainstClosingTest {

    private static final AtomicLong SOURCE = new AtomicLong(System.nanoTime());
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired LedgerService ledger;
    @Autowired FiscalCalendar calendar;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void aClosingWaitsForThePostingIntoItsPeriodToCommit() throws Exception {
        int year = thisYear() - 27;
        VoucherRequest request = voucher(LocalDate.of(year, 3, 15));
        CountDownLatch posted = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);

        Future<Voucher> posting = heldOpen(() -> ledger.post(request), posted, commit);
        await(posted);
        Future<FiscalYearStatus> closing = threads.submit(() -> calendar.closePeriod(year, 3, "admin"));

        awaitOneWaitingForALock();
        assertThat(closing).isNotDone();
        commit.countDown();

        Voucher voucher = posting.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(closing.get(PATIENCE.toSeconds(), TimeUnit.SECONDS).closedPeriods()).contains(3);
        assertThat(voucher.getFiscalYear()).isEqualTo(year);
        assertThat(voucher.getFiscalPeriod()).isEqualTo(3);
        assertThat(ledger.voucherFor(request.sourceType(), request.sourceId())).isPresent();
        assertThatThrownBy(() -> transactions.execute(status -> ledger.post(voucher(LocalDate.of(year, 3, 16)))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("The period " + year + "-03 is closed");
    }

    @Test
    void aPostingThatComesDuringTheClosingWaitsAndIsThenRefused() throws Exception {
        int year = thisYear() - 28;
        VoucherRequest request = voucher(LocalDate.of(year, 5, 10));
        CountDownLatch closed = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);

        Future<FiscalYearStatus> closing = heldOpen(() -> calendar.closePeriod(year, 5, "admin"), closed, commit);
        await(closed);
        Future<Voucher> posting = threads.submit(() -> transactions.execute(status -> ledger.post(request)));

        awaitOneWaitingForALock();
        assertThat(posting).isNotDone();
        commit.countDown();

        assertThat(closing.get(PATIENCE.toSeconds(), TimeUnit.SECONDS).closedPeriods()).contains(5);
        assertThatThrownBy(() -> posting.get(PATIENCE.toSeconds(), TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).cause().isInstanceOf(ConflictException.class)
                .hasMessageContaining("The period " + YearMonth.of(year, 5) + " is closed");
        assertThat(ledger.voucherFor(request.sourceType(), request.sourceId())).isEmpty();
    }

    @Test
    void twoPostingsIntoTheSameYearDoNotWaitForEachOther() throws Exception {
        int year = thisYear() - 26;
        LocalDate day = LocalDate.of(year, 8, 1);
        CountDownLatch firstHolds = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        Future<FiscalPlacement> first = heldOpen(() -> calendar.placeForPosting(day, PostingDateRule.OWN_DOCUMENT),
                firstHolds, release);
        await(firstHolds);
        Future<FiscalPlacement> second = threads.submit(() -> transactions.execute(status ->
                calendar.placeForPosting(day, PostingDateRule.OWN_DOCUMENT)));

        // the first still holds the year's row (shared) and has not committed: the second gets through all the same
        assertThat(second.get(PATIENCE.toSeconds(), TimeUnit.SECONDS).period()).isEqualTo(8);
        assertThat(first).isNotDone();
        release.countDown();
        assertThat(first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS).period()).isEqualTo(8);
    }

    /**
     * Does the work in a transaction of another thread, then says so ({@code done}) and keeps the transaction open,
     * with its locks, until {@code commit}.
     */
    private <T> Future<T> heldOpen(Supplier<T> work, CountDownLatch done, CountDownLatch commit) {
        return threads.submit(() -> transactions.execute(status -> {
            T result = work.get();
            done.countDown();
            await(commit);
            return result;
        }));
    }

    /** Until PostgreSQL reports a session of this database waiting for a lock (never longer than the patience). */
    private void awaitOneWaitingForALock() throws InterruptedException {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (jdbc.sql("select count(*) from pg_stat_activity where datname = current_database() "
                + "and wait_event_type = 'Lock'").query(Long.class).single() == 0) {
            assertThat(Instant.now()).as("a session waiting for the fiscal year's lock").isBefore(giveUp);
            Thread.sleep(20);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int thisYear() {
        return LocalDate.now(OsloClock.OSLO).getYear();
    }

    private static VoucherRequest voucher(LocalDate date) {
        BigDecimal amount = new BigDecimal("10.00");
        return new VoucherRequest(date, "Race " + date, "FISCAL_RACE", SOURCE.incrementAndGet(), "test", List.of(
                PostingLine.debit(1920, amount, null, null, "bank"),
                PostingLine.credit(LedgerService.RECEIVABLES_ACCOUNT, amount, null, null, "receivable")));
    }
}
