package no.fakturaflyt.sales;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What was delivered of an order on one day; invoiced once, on its own or in a collective invoice. */
@Entity
@Table(name = "delivery")
public class Delivery {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long orderId;
    private LocalDate deliveredOn;
    private Long invoiceId;
    private Instant createdAt;
    private String createdBy;
    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "delivery_id", nullable = false)
    @OrderBy("lineNo")
    private List<DeliveredLine> lines = new ArrayList<>();

    protected Delivery() {
    }

    Delivery(long orderId, LocalDate deliveredOn, Instant createdAt, String createdBy) {
        this.orderId = orderId;
        this.deliveredOn = deliveredOn;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void add(int lineNo, BigDecimal quantity) {
        lines.add(new DeliveredLine(lineNo, quantity));
    }

    void invoicedBy(long invoiceId) {
        this.invoiceId = invoiceId;
    }

    public Long getId() { return id; }
    public long getOrderId() { return orderId; }
    public LocalDate getDeliveredOn() { return deliveredOn; }
    public Long getInvoiceId() { return invoiceId; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public List<DeliveredLine> getLines() { return List.copyOf(lines); }
}
