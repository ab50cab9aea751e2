package no.fakturaflyt.invoicing;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A line of an invoice or credit note, with the VAT rate and revenue account it had when it was written. */
@Entity
@Table(name = "invoice_line")
public class InvoiceLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int lineNo;
    private Long productId;
    private String description;
    private BigDecimal quantity;
    private String unit;
    private BigDecimal unitPrice;
    private BigDecimal discountPercent;
    private String vatCode;
    private BigDecimal vatRate;
    private int revenueAccount;
    private BigDecimal netAmount;

    protected InvoiceLine() {
    }

    InvoiceLine(int lineNo, Long productId, String description, BigDecimal quantity, String unit,
            BigDecimal unitPrice, BigDecimal discountPercent, String vatCode, BigDecimal vatRate, int revenueAccount) {
        this.lineNo = lineNo;
        this.productId = productId;
        this.description = description;
        this.quantity = quantity;
        this.unit = unit;
        this.unitPrice = unitPrice;
        this.discountPercent = discountPercent;
        this.vatCode = vatCode;
        this.vatRate = vatRate;
        this.revenueAccount = revenueAccount;
        this.netAmount = InvoiceCalculator.lineNet(quantity, unitPrice, discountPercent);
    }

    /** A credit note's copy of this line, for {@code quantity} of it. */
    InvoiceLine creditOf(int creditLineNo, BigDecimal creditedQuantity) {
        return new InvoiceLine(creditLineNo, productId, description, creditedQuantity, unit, unitPrice,
                discountPercent, vatCode, vatRate, revenueAccount);
    }

    /** Adds the øre that earlier partial credits' rounding left of this kind of line (see {@link CreditRemainder}). */
    void addToNet(BigDecimal difference) {
        this.netAmount = netAmount.add(difference);
    }

    public Long getId() { return id; }
    public int getLineNo() { return lineNo; }
    public Long getProductId() { return productId; }
    public String getDescription() { return description; }
    public BigDecimal getQuantity() { return quantity; }
    public String getUnit() { return unit; }
    public BigDecimal getUnitPrice() { return unitPrice; }
    public BigDecimal getDiscountPercent() { return discountPercent; }
    public String getVatCode() { return vatCode; }
    public BigDecimal getVatRate() { return vatRate; }
    public int getRevenueAccount() { return revenueAccount; }
    public BigDecimal getNetAmount() { return netAmount; }
}
