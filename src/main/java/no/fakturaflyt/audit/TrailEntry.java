package no.fakturaflyt.audit;

import java.time.Instant;

/**
 * One line of a document's audit trail.
 *
 * @param at when it happened
 * @param actor the user, or {@code system} for the engine and its jobs
 * @param source where the line comes from: invoice history, process engine, ledger, delivery, payment, follow-up
 * @param what what happened, in a few words
 * @param details what changed: amounts, references, values before and after
 * @param processInstanceId the engine instance the line belongs to, if any
 */
public record TrailEntry(Instant at, String actor, String source, String what, String details,
        String processInstanceId) {

    static final String SYSTEM = "system";

    static TrailEntry of(Instant at, String actor, String source, String what, String details) {
        return new TrailEntry(at, actor == null || actor.isBlank() ? SYSTEM : actor, source, what, details, null);
    }
}
