package no.fakturaflyt.sales;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import no.fakturaflyt.invoicing.InvoiceCalculator;

/**
 * What a quote line and an order line have in common: the product, price, discount, VAT code and revenue account as
 * they were when the line was written, so a later invoice bills exactly this.
 */
@MappedSuperclass
public abstract class SalesLine {

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

    protected SalesLine() {
    }

    SalesLine(LineValues values) {
        this.lineNo = values.lineNo();
        this.productId = values.productId();
        this.description = values.description();
        this.quantity = values.quantity();
        this.unit = values.unit();
        this.unitPrice = values.unitPrice();
        this.discountPercent = values.discountPercent();
        this.vatCode = values.vatCode();
        this.vatRate = values.vatRate();
        this.revenueAccount = values.revenueAccount();
        this.netAmount = InvoiceCalculator.lineNet(quantity, unitPrice, discountPercent);
    }

    LineValues values() {
        return new LineValues(lineNo, productId, description, quantity, unit, unitPrice, discountPercent, vatCode,
                vatRate, revenueAccount);
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
