package no.fakturaflyt.sales;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** How much of one order line (by its line number) a delivery brought. */
@Entity
@Table(name = "delivery_line")
public class DeliveredLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int lineNo;
    private BigDecimal quantity;

    protected DeliveredLine() {
    }

    DeliveredLine(int lineNo, BigDecimal quantity) {
        this.lineNo = lineNo;
        this.quantity = quantity;
    }

    public Long getId() { return id; }
    public int getLineNo() { return lineNo; }
    public BigDecimal getQuantity() { return quantity; }
}
