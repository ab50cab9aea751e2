package no.fakturaflyt.product;

import java.util.List;
import java.util.Optional;
import no.fakturaflyt.common.ConflictException;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.common.NotFoundException;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.ledger.VatCode;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The product register. */
@Service
public class ProductService {

    private final ProductRepository repository;
    private final ProductCategoryRepository categories;
    private final LedgerService ledger;

    ProductService(ProductRepository repository, ProductCategoryRepository categories, LedgerService ledger) {
        this.repository = repository;
        this.categories = categories;
        this.ledger = ledger;
    }

    @Transactional
    public Product create(ProductForm form) {
        Accounting accounting = check(form, null);
        return repository.save(new Product(form, accounting.vatCode(), accounting.revenueAccount()));
    }

    @Transactional
    public Product update(long id, ProductForm form) {
        Product product = get(id);
        Accounting accounting = check(form, id);
        product.apply(form, accounting.vatCode(), accounting.revenueAccount());
        return product;
    }

    /**
     * Every rule {@link #create} ({@code ownId} null) or {@link #update} applies, without writing: the product number
     * free, the category known, the VAT code known, the revenue account in the chart. Throws
     * {@link InvalidInputException} or {@link ConflictException} naming what is wrong.
     */
    @Transactional(readOnly = true)
    public Accounting check(ProductForm form, Long ownId) {
        repository.findByProductNumber(form.productNumber().trim())
                .filter(other -> !other.getId().equals(ownId))
                .ifPresent(p -> {
                    throw new ConflictException("Product number " + form.productNumber().trim() + " is already in use",
                            "products.numberTaken", form.productNumber().trim());
                });
        ProductCategory category = form.categoryId() == null ? null : categories.findById(form.categoryId())
                .orElseThrow(() -> new InvalidInputException("categoryId",
                        "There is no product category " + form.categoryId(), "products.noCategory",
                        form.categoryId()));
        String code = form.vatCode() != null && !form.vatCode().isBlank() ? form.vatCode().trim()
                : category != null ? category.getVatCode() : null;
        if (code == null) {
            throw new InvalidInputException("vatCode", "vatCode is required for a product without a category",
                    "products.vatCodeRequired");
        }
        VatCode vatCode = ledger.vatCode(code);
        int account = form.revenueAccount() != null ? form.revenueAccount()
                : category != null ? category.getRevenueAccount() : vatCode.getRevenueAccount();
        if (!ledger.accountExists(account)) {
            throw new InvalidInputException("revenueAccount", "Account " + account + " is not in the chart of accounts",
                    "errors.noSuchAccount", account);
        }
        return new Accounting(vatCode.getCode(), account);
    }

    @Transactional(readOnly = true)
    public Optional<Product> findByProductNumber(String productNumber) {
        return repository.findByProductNumber(productNumber.trim());
    }

    @Transactional(readOnly = true)
    public Product get(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("Product", id));
    }

    @Transactional(readOnly = true)
    public List<Product> list() {
        return repository.findAll(Sort.by("productNumber"));
    }

    /** The VAT code and revenue account a product gets: its own, else its category's, else the VAT code's account. */
    public record Accounting(String vatCode, int revenueAccount) {
    }
}
