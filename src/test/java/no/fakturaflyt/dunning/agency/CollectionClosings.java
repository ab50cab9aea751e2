package no.fakturaflyt.dunning.agency;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every {@link CollectionCaseClosed} the application published, from whichever thread (the agency's callback arrives
 * on a web server thread, not the test's). Tests filter by their own invoice.
 */
@Component
class CollectionClosings {

    private final List<CollectionCaseClosed> published = new CopyOnWriteArrayList<>();

    @EventListener
    void on(CollectionCaseClosed event) {
        published.add(event);
    }

    List<CollectionCaseClosed> of(long invoiceId) {
        return published.stream().filter(event -> event.invoiceId() == invoiceId).toList();
    }
}
