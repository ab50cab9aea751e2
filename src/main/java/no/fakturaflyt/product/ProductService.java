package no.fakturaflyt.product;

import java.util.List;
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
    private final LedgerService ledger;

    ProductService(ProductRepository repository, LedgerService ledger) {
        this.repository = repository;
        this.ledger = ledger;
    }

    @Transactional
    public Product create(ProductForm form) {
        repository.findByProductNumber(form.productNumber().trim()).ifPresent(p -> {
            throw new ConflictException("Product number " + form.productNumber() + " is already in use");
        });
        return repository.save(new Product(form, revenueAccount(form)));
    }

    @Transactional
    public Product update(long id, ProductForm form) {
        Product product = get(id);
        repository.findByProductNumber(form.productNumber().trim())
                .filter(other -> !other.getId().equals(id))
                .ifPresent(p -> {
                    throw new ConflictException("Product number " + form.productNumber() + " is already in use");
                });
        product.apply(form, revenueAccount(form));
        return product;
    }

    @Transactional(readOnly = true)
    public Product get(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("Product", id));
    }

    @Transactional(readOnly = true)
    public List<Product> list() {
        return repository.findAll(Sort.by("productNumber"));
    }

    private int revenueAccount(ProductForm form) {
        VatCode vatCode = ledger.vatCode(form.vatCode());
        int account = form.revenueAccount() != null ? form.revenueAccount() : vatCode.getRevenueAccount();
        if (!ledger.accountExists(account)) {
            throw new InvalidInputException("revenueAccount", "Account " + account + " is not in the chart of accounts");
        }
        return account;
    }
}
