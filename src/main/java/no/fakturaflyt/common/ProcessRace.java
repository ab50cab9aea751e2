package no.fakturaflyt.common;

import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;

/**
 * A request whose transaction also moves an invoice's process (a payment or a set-off ends its follow-up) can meet
 * the job executor working the same process instance at that moment: the engine then refuses the second writer with
 * an {@link OptimisticLockingException}, and the whole transaction rolls back, so nothing of it was written. Such a
 * call is simply made again, a few times; only if the process keeps moving does the caller get the 409 of
 * {@link ApiExceptionHandler}.
 */
public final class ProcessRace {

    static final int ATTEMPTS = 3;

    private ProcessRace() {
    }

    /** Runs {@code transactionalCall} (which must be a transaction of its own), again when it lost such a race. */
    public static <T> T retried(Supplier<T> transactionalCall) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactionalCall.get();
            } catch (OptimisticLockingException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
