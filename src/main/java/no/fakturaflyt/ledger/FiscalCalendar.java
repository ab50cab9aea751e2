package no.fakturaflyt.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import no.fakturaflyt.common.ConflictException;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.common.RecordedChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fiscal years (calendar years) and their periods (months): which are open, and where a voucher dated on a day goes.
 * The one check every posting passes ({@link LedgerService#post}), under the fiscal year's lock ({@link FiscalLocks})
 * against a closing at the same moment; the rules are in docs/how-it-works.md.
 */
@Service
public class FiscalCalendar {

    /** Years further apart than this from today are a typing error, not a fiscal year. */
    private static final int YEARS_AROUND_TODAY = 30;

    private final JdbcClient jdbc;
    private final OsloClock clock;
    private final FiscalLocks locks;
    private final ApplicationEventPublisher events;

    FiscalCalendar(JdbcClient jdbc, OsloClock clock, FiscalLocks locks, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.locks = locks;
        this.events = events;
    }

    /**
     * Where a voucher dated {@code date} goes: into the date's own period when that is open; otherwise refused
     * ({@link PostingDateRule#OWN_DOCUMENT}) or moved to the first day of the first open period after it.
     */
    @Transactional(readOnly = true)
    public FiscalPlacement place(LocalDate date, PostingDateRule rule) {
        return place(date, rule, year -> { });
    }

    /**
     * As {@link #place}, for the posting itself: holds a shared lock on each fiscal year it looks at until the
     * caller's transaction ends, so that no period it posts into is closed before the voucher has committed, while
     * other postings go on ({@link FiscalLocks}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    FiscalPlacement placeForPosting(LocalDate date, PostingDateRule rule) {
        return place(date, rule, locks::forPosting);
    }

    private FiscalPlacement place(LocalDate date, PostingDateRule rule, IntConsumer lockYear) {
        YearMonth period = YearMonth.from(date);
        lockYear.accept(period.getYear());
        if (!isClosed(period)) {
            return FiscalPlacement.of(date);
        }
        YearMonth firstOpen = firstOpenAfter(period, lockYear);
        if (rule == PostingDateRule.OWN_DOCUMENT) {
            throw new ConflictException("The period " + period + " is closed: nothing more is posted into it. A "
                    + "document the company issues carries the day it is issued; date it in an open period (the "
                    + "first open one is " + firstOpen + ")", Map.of("field", "date", "date", date.toString(),
                    "closedPeriod", period.toString(), "firstOpenPeriod", firstOpen.toString()), "ledger.periodClosed", period.toString(), firstOpen.toString());
        }
        return FiscalPlacement.of(firstOpen.atDay(1));
    }

    @Transactional(readOnly = true)
    public boolean isClosed(YearMonth period) {
        return yearRow(period.getYear()).filter(y -> FiscalYearStatus.CLOSED.equals(y.status())).isPresent()
                || jdbc.sql("select count(*) from fiscal_period_closing where fiscal_year = :y and period_no = :p")
                        .param("y", period.getYear()).param("p", period.getMonthValue()).query(Long.class)
                        .single() > 0;
    }

    private YearMonth firstOpenAfter(YearMonth closed, IntConsumer lockYear) {
        YearMonth candidate = closed.plusMonths(1);
        while (true) {
            if (candidate.getYear() != closed.getYear() && candidate.getMonthValue() == 1) {
                lockYear.accept(candidate.getYear());
            }
            if (!isClosed(candidate)) {
                return candidate;
            }
            candidate = candidate.plusMonths(1);
        }
    }

    /** Opens a year ahead of its first voucher (idempotent); a closed year stays closed. */
    @Transactional
    public FiscalYearStatus openYear(int year, String user) {
        checkYear(year);
        Optional<FiscalYearStatus> existing = yearRow(year);
        if (existing.isPresent() && FiscalYearStatus.CLOSED.equals(existing.get().status())) {
            throw new ConflictException("The fiscal year " + year + " is closed; a closed year is not reopened",
                    Map.of("field", "year"), "ledger.yearClosed", String.valueOf(year));
        }
        if (existing.isEmpty()) {
            insertYear(year, FiscalYearStatus.OPEN, user);
            record(user, RecordedChange.FISCAL_YEAR, String.valueOf(year), RecordedChange.OPEN, null,
                    FiscalYearStatus.OPEN);
        }
        return year(year);
    }

    /** Closes one period (month) once it has ended; idempotent. */
    @Transactional
    public FiscalYearStatus closePeriod(int year, int period, String user) {
        checkYear(year);
        if (period < 1 || period > 12) {
            throw new InvalidInputException("period", "A period is a month, 1 to 12; " + period + " is none",
                    "ledger.noSuchPeriod", String.valueOf(period));
        }
        YearMonth month = YearMonth.of(year, period);
        if (!month.atEndOfMonth().isBefore(clock.today())) {
            throw new ConflictException("The period " + month + " has not ended; it can be closed from "
                    + month.plusMonths(1).atDay(1), Map.of("field", "period"), "ledger.periodNotEnded", month.toString(),
                    month.plusMonths(1).atDay(1).toString());
        }
        locks.forClosing(year, user);
        if (!isClosed(month)) {
            jdbc.sql("insert into fiscal_period_closing (fiscal_year, period_no, closed_at, closed_by) "
                    + "values (:y, :p, :at, :by)").param("y", year).param("p", period).param("at", now())
                    .param("by", user).update();
            record(user, RecordedChange.FISCAL_PERIOD, month.toString(), RecordedChange.CLOSE, FiscalYearStatus.OPEN,
                    FiscalYearStatus.CLOSED);
        }
        return year(year);
    }

    /** Closes a year once it has ended, with all its periods; idempotent. */
    @Transactional
    public FiscalYearStatus closeYear(int year, String user) {
        checkYear(year);
        if (year >= clock.today().getYear()) {
            throw new ConflictException("The fiscal year " + year + " has not ended; it can be closed from "
                    + (year + 1) + "-01-01", Map.of("field", "year"), "ledger.yearNotEnded", String.valueOf(year),
                    (year + 1) + "-01-01");
        }
        for (int period = 1; period <= 12; period++) {
            closePeriod(year, period, user);
        }
        int closed = jdbc.sql("update fiscal_year set status = :closed, closed_at = :at, closed_by = :by "
                + "where fiscal_year = :y and status = :open").param("closed", FiscalYearStatus.CLOSED)
                .param("open", FiscalYearStatus.OPEN).param("at", now()).param("by", user).param("y", year).update();
        if (closed > 0) {
            record(user, RecordedChange.FISCAL_YEAR, String.valueOf(year), RecordedChange.CLOSE, FiscalYearStatus.OPEN,
                    FiscalYearStatus.CLOSED);
        }
        return year(year);
    }

    private void record(String user, String entityType, String id, String operation, String before, String after) {
        events.publishEvent(new RecordedChange(user, entityType, id, operation, "status", before, after));
    }

    /** Every year set up or holding vouchers, oldest first. */
    @Transactional(readOnly = true)
    public List<FiscalYearStatus> years() {
        TreeSet<Integer> years = new TreeSet<>(jdbc.sql("select fiscal_year from fiscal_year").query(Integer.class)
                .list());
        years.addAll(jdbc.sql("select distinct fiscal_year from voucher").query(Integer.class).list());
        return years.stream().map(this::year).toList();
    }

    @Transactional(readOnly = true)
    public FiscalYearStatus year(int year) {
        List<Integer> closed = jdbc.sql("select period_no from fiscal_period_closing where fiscal_year = :y "
                + "order by period_no").param("y", year).query(Integer.class).list();
        return yearRow(year).map(y -> new FiscalYearStatus(year, y.status(), y.openedAt(), y.openedBy(), y.closedAt(),
                y.closedBy(), closed)).orElse(new FiscalYearStatus(year, FiscalYearStatus.OPEN, null, null, null, null,
                closed));
    }

    private Optional<FiscalYearStatus> yearRow(int year) {
        return jdbc.sql("select status, opened_at, opened_by, closed_at, closed_by from fiscal_year "
                + "where fiscal_year = :y").param("y", year).query((rs, n) -> new FiscalYearStatus(year,
                        rs.getString(1), instant(rs.getTimestamp(2)), rs.getString(3), instant(rs.getTimestamp(4)),
                        rs.getString(5), List.of())).optional();
    }

    private void insertYear(int year, String status, String user) {
        jdbc.sql("insert into fiscal_year (fiscal_year, status, opened_at, opened_by) values (:y, :s, :at, :by)")
                .param("y", year).param("s", status).param("at", now()).param("by", user).update();
    }

    private void checkYear(int year) {
        int thisYear = clock.today().getYear();
        if (Math.abs(year - thisYear) > YEARS_AROUND_TODAY) {
            throw new InvalidInputException("year", "A fiscal year lies within " + YEARS_AROUND_TODAY
                    + " years of " + thisYear + "; " + year + " does not", "ledger.yearOutOfRange",
                    String.valueOf(YEARS_AROUND_TODAY), String.valueOf(thisYear), String.valueOf(year));
        }
    }

    private java.sql.Timestamp now() {
        return java.sql.Timestamp.from(clock.now());
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
