package no.fakturaflyt.numbering;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs the part of a transaction that takes numbers from a gap-free series as its very last work, just before the
 * commit: after the caller's code has returned, the process engine has written its state and everything else the
 * transaction changed has been flushed to the database. The series row is then locked only for the numbered rows and
 * the commit itself, not for the rest of the transaction (issue 17). The work still belongs to the transaction: if it
 * fails, everything rolls back, the numbers included, so the series stays gap-free.
 *
 * <p>Whatever runs here must not start engine commands: the engine's own part of the transaction is already written.
 */
@Component
public class NumberingAtCommit {

    private final EntityManager entityManager;

    NumberingAtCommit(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Runs {@code numberedWork} right before the current transaction commits (once, and only if it commits). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void beforeCommit(Runnable numberedWork) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                // what the transaction wrote so far goes first, so that only the numbered rows follow the lock
                entityManager.flush();
                numberedWork.run();
            }

            @Override
            public int getOrder() {
                // after any other before-commit work, so that nothing more follows the lock
                return LOWEST_PRECEDENCE;
            }
        });
    }
}
