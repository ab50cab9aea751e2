package no.fakturaflyt.support;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import no.fakturaflyt.invoicing.InvoicePosted;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;

/**
 * Fault injection: makes the posting of a chosen invoice fail once, after it has been numbered and its voucher
 * written, inside the posting transaction.
 */
@TestComponent
public class PostingFaultInjector {

    private final Set<Long> failOnce = ConcurrentHashMap.newKeySet();

    public void failNextPostingOf(long invoiceId) {
        failOnce.add(invoiceId);
    }

    @EventListener
    void onPosted(InvoicePosted event) {
        if (failOnce.remove(event.invoiceId())) {
            throw new IllegalStateException("Injected failure after numbering invoice " + event.invoiceId());
        }
    }
}
