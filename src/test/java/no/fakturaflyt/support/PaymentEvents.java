package no.fakturaflyt.support;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import no.fakturaflyt.payment.PaymentRegistered;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;

/**
 * Listens to {@link PaymentRegistered} like the payment follow-up does (synchronously, inside the payment's
 * transaction): records every event, and on request fails once for an invoice, to show the payment rolls back.
 */
@TestComponent
public class PaymentEvents {

    private final List<PaymentRegistered> received = new CopyOnWriteArrayList<>();
    private final Set<Long> failOnce = ConcurrentHashMap.newKeySet();

    public void failNextPaymentOf(long invoiceId) {
        failOnce.add(invoiceId);
    }

    /** The events of one invoice, in the order they were published (rolled-back ones included). */
    public List<PaymentRegistered> of(long invoiceId) {
        return received.stream().filter(e -> e.invoiceId() == invoiceId).toList();
    }

    @EventListener
    void onPayment(PaymentRegistered event) {
        received.add(event);
        if (failOnce.remove(event.invoiceId())) {
            throw new IllegalStateException("Injected failure of the follow-up on invoice " + event.invoiceId());
        }
    }
}
