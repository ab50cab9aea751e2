package no.fakturaflyt.product;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A group of products sharing a default VAT code and revenue account; a product leaving them empty takes these. */
@Entity
@Table(name = "product_category")
public class ProductCategory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    private String vatCode;
    private int revenueAccount;
    @Version
    private long version;

    protected ProductCategory() {
    }

    ProductCategory(ProductCategoryForm form, String vatCode, int revenueAccount) {
        apply(form, vatCode, revenueAccount);
    }

    void apply(ProductCategoryForm form, String vatCode, int revenueAccount) {
        code = form.code().trim();
        name = form.name().trim();
        this.vatCode = vatCode;
        this.revenueAccount = revenueAccount;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getVatCode() { return vatCode; }
    public int getRevenueAccount() { return revenueAccount; }
}
