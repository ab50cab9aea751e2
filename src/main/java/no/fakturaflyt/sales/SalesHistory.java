package no.fakturaflyt.sales;

import java.util.List;
import no.fakturaflyt.common.OsloClock;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The trail of every state change of quotes, orders and deliveries; an entry commits with its change or not at all. */
@Service
public class SalesHistory {

    /** The process engine and its jobs act as this user. */
    static final String SYSTEM = "system";

    private final SalesEventRepository repository;
    private final OsloClock clock;

    SalesHistory(SalesEventRepository repository, OsloClock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void record(SalesEvent.Subject subject, long id, String eventType, String actor, String details) {
        repository.save(new SalesEvent(subject, id, clock.now(), eventType, actor == null ? SYSTEM : actor, details));
    }

    @Transactional(readOnly = true)
    public List<SalesEvent> of(SalesEvent.Subject subject, long id) {
        return repository.findByEntityTypeAndEntityIdOrderByIdAsc(subject, id);
    }
}

interface SalesEventRepository extends JpaRepository<SalesEvent, Long> {

    List<SalesEvent> findByEntityTypeAndEntityIdOrderByIdAsc(SalesEvent.Subject entityType, long entityId);
}
