package no.fakturaflyt.ledger;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What lowers an open item and on which day it counts. The ledger keeps it with the amount, so that the account can
 * be told as it stood on any past day, not only as it is now.
 *
 * @param sourceType what did it, e.g. PAYMENT, CREDIT_NOTE, FOLLOW_UP_WRITE_OFF, FACTORING
 * @param sourceId   the id of that payment, credit note, follow-up case or invoice
 */
public record ReductionCause(ReductionKind kind, LocalDate date, String sourceType, long sourceId) {

    public ReductionCause {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(sourceType, "sourceType");
    }
}
