package no.fakturaflyt.sales;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of the history of a quote, order or delivery: what happened, when, by whom. */
@Entity
@Table(name = "sales_event")
public class SalesEvent {

    /** What the entry is about. */
    public enum Subject { QUOTE, ORDER, DELIVERY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Subject entityType;
    private long entityId;
    private Instant occurredAt;
    private String eventType;
    private String actor;
    private String details;

    protected SalesEvent() {
    }

    SalesEvent(Subject entityType, long entityId, Instant occurredAt, String eventType, String actor, String details) {
        this.entityType = entityType;
        this.entityId = entityId;
        this.occurredAt = occurredAt;
        this.eventType = eventType;
        this.actor = actor;
        this.details = details == null || details.length() <= 2000 ? details : details.substring(0, 2000);
    }

    public Long getId() { return id; }
    public Subject getEntityType() { return entityType; }
    public long getEntityId() { return entityId; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getEventType() { return eventType; }
    public String getActor() { return actor; }
    public String getDetails() { return details; }
}
