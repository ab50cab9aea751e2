package no.fakturaflyt.invoicing;

import java.util.List;
import no.fakturaflyt.common.OsloClock;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The auditor's trail of an invoice. Every step records here in its own transaction: an entry commits with the
 * work it describes, or not at all.
 */
@Service
public class InvoiceHistory {

    /** The process engine and its jobs act as this user. */
    public static final String SYSTEM = "system";

    private final InvoiceEventRepository repository;
    private final OsloClock clock;

    InvoiceHistory(InvoiceEventRepository repository, OsloClock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(long invoiceId, String eventType, String actor, String channel, String details) {
        repository.save(new InvoiceEvent(invoiceId, clock.now(), eventType, actor == null ? SYSTEM : actor, channel,
                details));
    }

    @Transactional(readOnly = true)
    public List<InvoiceEvent> of(long invoiceId) {
        return repository.findByInvoiceIdOrderByIdAsc(invoiceId);
    }
}

interface InvoiceEventRepository extends JpaRepository<InvoiceEvent, Long> {

    List<InvoiceEvent> findByInvoiceIdOrderByIdAsc(long invoiceId);
}
