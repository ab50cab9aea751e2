package no.fakturaflyt.dunning.agency;

import java.math.BigDecimal;
import java.util.Locale;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.common.Money;
import no.fakturaflyt.common.NotFoundException;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.invoicing.InvoiceHistory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in what the agency says about a case, whichever way it came (its callback or our poll). The news that a case
 * is finished closes it, goes into the invoice's history and is published as {@link CollectionCaseClosed} — once:
 * the case's row is locked while this runs, and a case already closed takes no second closing.
 */
@Component
class CaseStatusUpdates {

    private final CollectionCaseRepository cases;
    private final InvoiceHistory history;
    private final ApplicationEventPublisher events;
    private final OsloClock clock;

    CaseStatusUpdates(CollectionCaseRepository cases, InvoiceHistory history, ApplicationEventPublisher events,
            OsloClock clock) {
        this.cases = cases;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param actor who brought the news, for the invoice's history
     * @return true when this closed the case; false when the case is still open at the agency or was closed before
     * @throws NotFoundException     when no case has this reference
     * @throws InvalidInputException when the status is not one the agency uses, or a paid case lacks its amount
     */
    @Transactional
    public boolean apply(AgencyCaseStatus news, String actor) {
        if (news.reference() == null || news.reference().isBlank()) {
            throw new InvalidInputException("reference", "The agency's case reference is missing");
        }
        CollectionCase collectionCase = cases.lockByAgencyReference(news.reference())
                .orElseThrow(() -> new NotFoundException("Collection case", news.reference()));
        collectionCase.checked(clock.now());
        CollectionCase.Status outcome = outcome(news.status());
        if (outcome == CollectionCase.Status.SENT || !collectionCase.isOpen()) {
            return false;
        }
        BigDecimal collected = collected(outcome, news.amountCollected());
        collectionCase.close(outcome, collected, news.closedOn() != null ? news.closedOn() : clock.today());
        history.record(collectionCase.getInvoiceId(), "COLLECTION_" + outcome.name(), actor, null,
                "Collection agency case " + collectionCase.getAgencyReference() + " closed "
                        + (outcome == CollectionCase.Status.PAID ? "as paid" : "unpaid") + " on "
                        + collectionCase.getClosedOn() + ", collected " + collected + " "
                        + collectionCase.getCurrency());
        events.publishEvent(new CollectionCaseClosed(collectionCase.getInvoiceId(),
                collectionCase.getAgencyReference(), outcome == CollectionCase.Status.PAID
                        ? CollectionCaseClosed.Outcome.PAID : CollectionCaseClosed.Outcome.CLOSED_UNPAID,
                collected, collectionCase.getClosedOn()));
        return true;
    }

    /** The agency's OPEN is our SENT; PAID and CLOSED_UNPAID are the same words on both sides. */
    private static CollectionCase.Status outcome(String status) {
        String value = status == null ? "" : status.trim().toUpperCase(Locale.ROOT);
        return switch (value) {
            case AgencyCaseStatus.OPEN -> CollectionCase.Status.SENT;
            case "PAID" -> CollectionCase.Status.PAID;
            case "CLOSED_UNPAID" -> CollectionCase.Status.CLOSED_UNPAID;
            default -> throw new InvalidInputException("status",
                    "Unknown case status '" + status + "' (OPEN, PAID or CLOSED_UNPAID)");
        };
    }

    private static BigDecimal collected(CollectionCase.Status outcome, BigDecimal amount) {
        if (amount == null) {
            if (outcome == CollectionCase.Status.PAID) {
                throw new InvalidInputException("amountCollected", "A paid case says how much was collected");
            }
            return Money.ZERO;
        }
        if (amount.signum() < 0) {
            throw new InvalidInputException("amountCollected", "The amount collected cannot be negative");
        }
        return Money.ore(amount);
    }
}
