package no.fakturaflyt.ledger;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import no.fakturaflyt.common.OsloClock;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The lock that keeps a posting and the closing of its period apart (docs/how-it-works.md, "Fiscal years and
 * periods"). A posting holds a shared lock on its fiscal year's row until it commits, so postings do not wait for
 * each other; a closing takes the row exclusively, so it waits until the postings into the year have committed, and
 * a posting that comes after it waits until the closing has committed and then sees the period closed.
 *
 * <p>PostgreSQL takes the shared lock with {@code FOR SHARE}. H2 (the demo run) knows only {@code FOR UPDATE}, so
 * there postings into one year queue behind each other; they queue behind the voucher number anyway.
 */
@Component
class FiscalLocks {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final OsloClock clock;
    private final String sharedLock;

    FiscalLocks(JdbcClient jdbc, PlatformTransactionManager transactions, DataSource dataSource, OsloClock clock)
            throws Exception {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        this.sharedLock = "PostgreSQL".equalsIgnoreCase(product) ? " for share" : " for update";
    }

    /**
     * Takes the year's row shared for the rest of the caller's transaction, once its open row exists: a year without
     * one (opened by its first voucher) gets it in a transaction of its own, so that there is a row to lock.
     */
    void forPosting(int year) {
        if (!lock(year, sharedLock)) {
            openRow(year, null);
            if (!lock(year, sharedLock)) {
                throw new IllegalStateException("The fiscal year " + year + " has no row to lock");
            }
        }
    }

    /** Takes the year's row exclusively for the rest of the caller's transaction, opening it first if need be. */
    void forClosing(int year, String user) {
        if (!lock(year, " for update")) {
            openRow(year, user);
            if (!lock(year, " for update")) {
                throw new IllegalStateException("The fiscal year " + year + " has no row to lock");
            }
        }
    }

    /**
     * The open row of a year, in a transaction of its own (committed at once, so that a concurrent transaction
     * finds it to lock); when a closing or a posting put it there first, that row stays.
     */
    private void openRow(int year, String user) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.sql("insert into fiscal_year (fiscal_year, status, "
                    + "opened_at, opened_by) values (:y, :s, :at, :by)").param("y", year)
                    .param("s", FiscalYearStatus.OPEN).param("at", java.sql.Timestamp.from(clock.now()))
                    .param("by", user).update());
        } catch (DataIntegrityViolationException alreadyThere) {
            // locked below, whoever inserted it
        }
    }

    private boolean lock(int year, String mode) {
        return !jdbc.sql("select fiscal_year from fiscal_year where fiscal_year = :y" + mode).param("y", year)
                .query(Integer.class).list().isEmpty();
    }
}
