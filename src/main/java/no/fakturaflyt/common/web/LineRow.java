package no.fakturaflyt.common.web;

import java.math.BigDecimal;

/**
 * One row of a line editor (an invoice draft, a quote) as the browser sends it ({@code lines[0].quantity}, …): from a
 * product or free text, typed values kept as they are. Empty when no product, description or price is given: such a
 * row is the one left to fill in and is no line. Fragment {@code common/lines :: lineRows} shows the rows.
 */
public class LineRow {

    private Long productId;
    private String description;
    private BigDecimal quantity;
    private String unit;
    private BigDecimal unitPrice;
    private BigDecimal discountPercent;
    private String vatCode;

    public LineRow() {
    }

    public LineRow(Long productId, String description, BigDecimal quantity, String unit, BigDecimal unitPrice,
            BigDecimal discountPercent, String vatCode) {
        this.productId = productId;
        this.description = description;
        this.quantity = quantity;
        this.unit = unit;
        this.unitPrice = unitPrice;
        this.discountPercent = discountPercent;
        this.vatCode = vatCode;
    }

    /** A row to fill in: quantity 1, nothing else. */
    public static LineRow empty() {
        LineRow row = new LineRow();
        row.quantity = BigDecimal.ONE;
        return row;
    }

    public boolean isEmpty() {
        return productId == null && (description == null || description.isBlank()) && unitPrice == null;
    }

    public Long getProductId() { return productId; }
    public void setProductId(Long productId) { this.productId = productId; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public BigDecimal getQuantity() { return quantity; }
    public void setQuantity(BigDecimal quantity) { this.quantity = quantity; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public BigDecimal getUnitPrice() { return unitPrice; }
    public void setUnitPrice(BigDecimal unitPrice) { this.unitPrice = unitPrice; }
    public BigDecimal getDiscountPercent() { return discountPercent; }
    public void setDiscountPercent(BigDecimal discountPercent) { this.discountPercent = discountPercent; }
    public String getVatCode() { return vatCode; }
    public void setVatCode(String vatCode) { this.vatCode = vatCode; }
}
