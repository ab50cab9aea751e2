package no.fakturaflyt.invoicing;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of an invoice's history: what happened, when, by whom, through which channel. */
@Entity
@Table(name = "invoice_event")
public class InvoiceEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long invoiceId;
    private Instant occurredAt;
    private String eventType;
    private String actor;
    private String channel;
    private String details;

    protected InvoiceEvent() {
    }

    InvoiceEvent(long invoiceId, Instant occurredAt, String eventType, String actor, String channel, String details) {
        this.invoiceId = invoiceId;
        this.occurredAt = occurredAt;
        this.eventType = eventType;
        this.actor = actor;
        this.channel = channel;
        this.details = details == null || details.length() <= 2000 ? details : details.substring(0, 2000);
    }

    public Long getId() { return id; }
    public long getInvoiceId() { return invoiceId; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getEventType() { return eventType; }
    public String getActor() { return actor; }
    public String getChannel() { return channel; }
    public String getDetails() { return details; }
}
