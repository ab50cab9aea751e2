package no.fakturaflyt.product;

import java.util.List;
import java.util.Optional;
import no.fakturaflyt.common.ConflictException;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.common.NotFoundException;
import no.fakturaflyt.ledger.LedgerService;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The product categories and the defaults their products inherit. */
@Service
public class ProductCategoryService {

    private final ProductCategoryRepository repository;
    private final LedgerService ledger;

    ProductCategoryService(ProductCategoryRepository repository, LedgerService ledger) {
        this.repository = repository;
        this.ledger = ledger;
    }

    @Transactional
    public ProductCategory create(ProductCategoryForm form) {
        requireUniqueCode(form, null);
        String vatCode = ledger.vatCode(form.vatCode().trim()).getCode();
        return repository.save(new ProductCategory(form, vatCode, revenueAccount(form)));
    }

    @Transactional
    public ProductCategory update(long id, ProductCategoryForm form) {
        ProductCategory category = get(id);
        requireUniqueCode(form, id);
        String vatCode = ledger.vatCode(form.vatCode().trim()).getCode();
        category.apply(form, vatCode, revenueAccount(form));
        return category;
    }

    @Transactional(readOnly = true)
    public ProductCategory get(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("Product category", id));
    }

    @Transactional(readOnly = true)
    public Optional<ProductCategory> findByCode(String code) {
        return code == null ? Optional.empty() : repository.findByCode(code.trim());
    }

    @Transactional(readOnly = true)
    public List<ProductCategory> list() {
        return repository.findAll(Sort.by("code"));
    }

    private int revenueAccount(ProductCategoryForm form) {
        int account = form.revenueAccount() != null ? form.revenueAccount()
                : ledger.vatCode(form.vatCode().trim()).getRevenueAccount();
        if (!ledger.accountExists(account)) {
            throw new InvalidInputException("revenueAccount", "Account " + account + " is not in the chart of accounts");
        }
        return account;
    }

    private void requireUniqueCode(ProductCategoryForm form, Long ownId) {
        repository.findByCode(form.code().trim()).filter(other -> !other.getId().equals(ownId)).ifPresent(other -> {
            throw new ConflictException("Category code " + form.code().trim() + " is already in use");
        });
    }
}
