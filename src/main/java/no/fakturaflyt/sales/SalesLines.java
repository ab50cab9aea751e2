package no.fakturaflyt.sales;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.common.Money;
import no.fakturaflyt.common.NotFoundException;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.ledger.VatCode;
import no.fakturaflyt.product.Product;
import no.fakturaflyt.product.ProductService;
import org.springframework.stereotype.Component;

/**
 * Resolves the lines a clerk enters against products and VAT codes, the same way an invoice draft does: a product
 * gives the defaults, a free-text line must say description, price and VAT code. Errors name the field, e.g.
 * {@code lines[1].vatCode}.
 */
@Component
class SalesLines {

    private final ProductService products;
    private final LedgerService ledger;

    SalesLines(ProductService products, LedgerService ledger) {
        this.products = products;
        this.ledger = ledger;
    }

    List<LineValues> resolve(List<SalesLineForm> forms) {
        List<LineValues> lines = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            lines.add(resolve(i, forms.get(i)));
        }
        return lines;
    }

    private LineValues resolve(int index, SalesLineForm form) {
        String field = "lines[" + index + "]";
        if (form.quantity() == null || form.quantity().signum() <= 0) {
            throw new InvalidInputException(field + ".quantity", "must be greater than 0");
        }
        if (form.productId() == null) {
            require(field + ".description", form.description() != null && !form.description().isBlank());
            require(field + ".unitPrice", form.unitPrice() != null);
            require(field + ".vatCode", form.vatCode() != null);
        }
        Product product = null;
        if (form.productId() != null) {
            try {
                product = products.get(form.productId());
            } catch (NotFoundException e) {
                throw new InvalidInputException(field + ".productId", "Product " + form.productId() + " does not exist");
            }
        }
        VatCode vatCode;
        try {
            vatCode = ledger.vatCode(form.vatCode() != null ? form.vatCode() : product.getVatCode());
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field + ".vatCode", e.getMessage());
        }
        String description = form.description() != null && !form.description().isBlank() ? form.description().trim()
                : product.getName();
        String unit = form.unit() != null && !form.unit().isBlank() ? form.unit().trim()
                : product != null ? product.getUnit() : "stk";
        BigDecimal price = form.unitPrice() != null ? form.unitPrice() : product.getUnitPrice();
        int revenueAccount = product != null && form.vatCode() == null ? product.getRevenueAccount()
                : vatCode.getRevenueAccount();
        BigDecimal discount = form.discountPercent() == null ? BigDecimal.ZERO : form.discountPercent();
        return new LineValues(index + 1, product == null ? null : product.getId(), description, form.quantity(), unit,
                Money.ore(price), discount.setScale(2), vatCode.getCode(), vatCode.getRate(), revenueAccount);
    }

    private static void require(String field, boolean present) {
        if (!present) {
            throw new InvalidInputException(field, "A line without productId needs description, unitPrice and vatCode");
        }
    }
}
