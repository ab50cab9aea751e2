package no.fakturaflyt.sales;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.util.Optional;
import no.fakturaflyt.common.ConflictException;

/**
 * An order and its confirmation (ordrebekreftelse): editable as a draft, fixed once confirmed; then its status follows
 * the deliveries and invoices of its lines.
 */
@Entity
@Table(name = "sales_order")
public class SalesOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long customerId;
    private Long quoteId;
    @Enumerated(EnumType.STRING)
    private OrderStatus status;
    private Long orderNumber;
    private LocalDate orderDate;
    private String note;
    private String language;
    private boolean collectiveInvoicing;
    private String processInstanceId;
    private Instant createdAt;
    private String createdBy;
    private Instant confirmedAt;
    private String confirmedBy;
    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "order_id", nullable = false)
    @OrderBy("lineNo")
    private List<OrderLine> lines = new ArrayList<>();

    protected SalesOrder() {
    }

    SalesOrder(long customerId, Long quoteId, String language, boolean collectiveInvoicing, Instant createdAt,
            String createdBy) {
        this.customerId = customerId;
        this.quoteId = quoteId;
        this.language = language;
        this.collectiveInvoicing = collectiveInvoicing;
        this.status = OrderStatus.DRAFT;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void edit(List<LineValues> newLines, String note) {
        requireDraft("change");
        this.note = note;
        this.lines.clear();
        newLines.forEach(values -> lines.add(new OrderLine(values)));
    }

    void confirm(long number, LocalDate date, String user, Instant at) {
        requireDraft("confirm");
        this.orderNumber = number;
        this.orderDate = date;
        this.confirmedBy = user;
        this.confirmedAt = at;
        this.status = OrderStatus.CONFIRMED;
    }

    void requireDraft(String action) {
        if (status != OrderStatus.DRAFT) {
            throw new ConflictException("Cannot " + action + " " + describe() + ": it is already "
                    + status.name().toLowerCase().replace('_', ' '), "sales.order.notDraft",
                    SalesTexts.status(status));
        }
    }

    Optional<OrderLine> line(int lineNo) {
        return lines.stream().filter(l -> l.getLineNo() == lineNo).findFirst();
    }

    /** Nothing left to deliver on any line. */
    public boolean isFullyDelivered() {
        return lines.stream().allMatch(l -> l.getUndeliveredQuantity().signum() <= 0);
    }

    /** After a delivery or an invoice: the status its lines' quantities say. */
    void updateProgress() {
        if (status == OrderStatus.DRAFT) {
            return;
        }
        if (lines.stream().allMatch(l -> l.getInvoicedQuantity().compareTo(l.getQuantity()) >= 0)) {
            status = OrderStatus.INVOICED;
        } else if (lines.stream().anyMatch(l -> l.getInvoicedQuantity().signum() > 0)) {
            status = OrderStatus.PARTLY_INVOICED;
        } else if (lines.stream().allMatch(l -> l.getUndeliveredQuantity().signum() <= 0)) {
            status = OrderStatus.DELIVERED;
        } else if (lines.stream().anyMatch(l -> l.getDeliveredQuantity().signum() > 0)) {
            status = OrderStatus.PARTLY_DELIVERED;
        } else {
            status = OrderStatus.CONFIRMED;
        }
    }

    boolean hasUndelivered() {
        return lines.stream().anyMatch(l -> l.getUndeliveredQuantity().signum() > 0);
    }

    BigDecimal orderedQuantity(int lineNo) {
        return line(lineNo).map(OrderLine::getQuantity).orElse(BigDecimal.ZERO);
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** "order 5001", or "draft order 7" before it is confirmed. */
    public String describe() {
        return orderNumber != null ? "order " + orderNumber : "draft order " + id;
    }

    public Long getId() { return id; }
    public long getCustomerId() { return customerId; }
    public Long getQuoteId() { return quoteId; }
    public OrderStatus getStatus() { return status; }
    public Long getOrderNumber() { return orderNumber; }
    public LocalDate getOrderDate() { return orderDate; }
    public String getNote() { return note; }
    public String getLanguage() { return language; }
    public boolean isCollectiveInvoicing() { return collectiveInvoicing; }
    public String getProcessInstanceId() { return processInstanceId; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getConfirmedAt() { return confirmedAt; }
    public String getConfirmedBy() { return confirmedBy; }
    public long getVersion() { return version; }
    public List<OrderLine> getLines() { return List.copyOf(lines); }
}
