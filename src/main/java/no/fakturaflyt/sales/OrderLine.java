package no.fakturaflyt.sales;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A line of an order: what was ordered, and how much of it has been delivered and invoiced so far. */
@Entity
@Table(name = "order_line")
public class OrderLine extends SalesLine {

    private BigDecimal deliveredQuantity = BigDecimal.ZERO;
    private BigDecimal invoicedQuantity = BigDecimal.ZERO;

    protected OrderLine() {
    }

    OrderLine(LineValues values) {
        super(values);
    }

    /** What is ordered but not yet delivered. */
    public BigDecimal getUndeliveredQuantity() {
        return getQuantity().subtract(deliveredQuantity);
    }

    void deliver(BigDecimal quantity) {
        if (quantity.compareTo(getUndeliveredQuantity()) > 0) {
            throw new IllegalStateException("Line " + getLineNo() + " cannot deliver " + quantity);
        }
        deliveredQuantity = deliveredQuantity.add(quantity);
    }

    void invoice(BigDecimal quantity) {
        invoicedQuantity = invoicedQuantity.add(quantity);
    }

    public BigDecimal getDeliveredQuantity() { return deliveredQuantity; }
    public BigDecimal getInvoicedQuantity() { return invoicedQuantity; }
}
