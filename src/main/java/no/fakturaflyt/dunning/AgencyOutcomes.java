package no.fakturaflyt.dunning;

import java.time.LocalDate;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.dunning.agency.CollectionCaseClosed;
import no.fakturaflyt.invoicing.InvoiceHistory;
import no.fakturaflyt.invoicing.InvoiceLifecycle;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.payment.PaymentForm;
import no.fakturaflyt.payment.PaymentService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the collection agency reports, turned into the case's end: money it collected is registered as a payment of
 * the invoice (which ends the follow-up like any payment); what it could not collect is written off by the process.
 */
@Component
class AgencyOutcomes {

    private final PaymentService payments;
    private final RuntimeService runtime;
    private final OsloClock clock;
    private final InvoiceService invoices;

    AgencyOutcomes(PaymentService payments, RuntimeService runtime, OsloClock clock, InvoiceService invoices) {
        this.invoices = invoices;
        this.payments = payments;
        this.runtime = runtime;
        this.clock = clock;
    }

    @EventListener
    void onCaseClosed(CollectionCaseClosed closed) {
        if (closed.outcome() == CollectionCaseClosed.Outcome.PAID && closed.amountCollected() != null
                && closed.amountCollected().signum() > 0) {
            LocalDate today = clock.today();
            LocalDate paidOn = closed.closedOn() == null || closed.closedOn().isAfter(today) ? today
                    : closed.closedOn();
            payments.register(closed.invoiceId(), new PaymentForm(closed.amountCollected(), paidOn,
                    "Collection agency case " + closed.agencyReference()), "AGENCY",
                    "agency-" + closed.agencyReference(), InvoiceHistory.SYSTEM);
        }
        // still running: the agency is done, and whatever it did not collect is a loss
        runtime.createMessageCorrelation(PaymentFollowUp.MESSAGE_AGENCY_CLOSED)
                .processInstanceBusinessKey(InvoiceLifecycle.businessKey(invoices.get(closed.invoiceId())))
                .correlateAllWithResult();
    }
}
