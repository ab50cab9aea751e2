package no.fakturaflyt.product;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

@Entity
@Table(name = "product")
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String productNumber;
    private String name;
    private String unit;
    private BigDecimal unitPrice;
    private String vatCode;
    private int revenueAccount;
    private boolean active = true;
    private Long categoryId;
    private BigDecimal costPrice;
    @Version
    private long version;

    protected Product() {
    }

    Product(ProductForm form, String vatCode, int revenueAccount) {
        apply(form, vatCode, revenueAccount);
    }

    void apply(ProductForm form, String vatCode, int revenueAccount) {
        productNumber = form.productNumber().trim();
        name = form.name().trim();
        unit = form.unit() == null || form.unit().isBlank() ? "stk" : form.unit().trim();
        unitPrice = form.unitPrice().setScale(2);
        this.vatCode = vatCode;
        this.revenueAccount = revenueAccount;
        active = form.active() == null || form.active();
        categoryId = form.categoryId();
        costPrice = form.costPrice() == null ? null : form.costPrice().setScale(2);
    }

    public Long getId() { return id; }
    public String getProductNumber() { return productNumber; }
    public String getName() { return name; }
    public String getUnit() { return unit; }
    public BigDecimal getUnitPrice() { return unitPrice; }
    public String getVatCode() { return vatCode; }
    public int getRevenueAccount() { return revenueAccount; }
    public boolean isActive() { return active; }
    /** The category the product belongs to, or null. */
    public Long getCategoryId() { return categoryId; }
    /** What one unit costs the company, excl. VAT; null when not known. */
    public BigDecimal getCostPrice() { return costPrice; }
}
