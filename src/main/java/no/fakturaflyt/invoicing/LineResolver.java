package no.fakturaflyt.invoicing;

import java.math.BigDecimal;
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
 * Resolves a line a clerk entered — on an invoice draft, a quote or an order — against its product and VAT code: the
 * product gives the defaults (description, unit, price, VAT code, revenue account); a free-text line must say
 * description, price and VAT code; a VAT code given overrides the product's and takes its own revenue account. Errors
 * name the field, e.g. {@code lines[1].vatCode}.
 */
@Component
public class LineResolver {

    /** A line's content once resolved; what invoice, quote and order lines are made of. */
    public record ResolvedLine(int lineNo, Long productId, String description, BigDecimal quantity, String unit,
            BigDecimal unitPrice, BigDecimal discountPercent, String vatCode, BigDecimal vatRate, int revenueAccount) {
    }

    private final ProductService products;
    private final LedgerService ledger;

    LineResolver(ProductService products, LedgerService ledger) {
        this.products = products;
        this.ledger = ledger;
    }

    /** @param index the line's position in the form, from 0: names the field in errors; the line number is index + 1 */
    public ResolvedLine resolve(int index, Long productId, String description, BigDecimal quantity, String unit,
            BigDecimal unitPrice, BigDecimal discountPercent, String vatCode) {
        String field = "lines[" + index + "]";
        if (productId == null) {
            requireForFreeText(field + ".description", description != null && !description.isBlank());
            requireForFreeText(field + ".unitPrice", unitPrice != null);
            requireForFreeText(field + ".vatCode", vatCode != null);
        }
        Product product = null;
        if (productId != null) {
            try {
                product = products.get(productId);
            } catch (NotFoundException e) {
                throw new InvalidInputException(field + ".productId", "Product " + productId + " does not exist",
                        "invoices.noSuchProduct", productId);
            }
        }
        VatCode vat;
        try {
            vat = ledger.vatCode(vatCode != null ? vatCode : product.getVatCode());
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field + ".vatCode", e.getMessage(), "errors.unknownVatCode",
                    vatCode != null ? vatCode : product.getVatCode());
        }
        String text = description != null && !description.isBlank() ? description.trim() : product.getName();
        String unitText = unit != null && !unit.isBlank() ? unit.trim() : product != null ? product.getUnit() : "stk";
        BigDecimal price = unitPrice != null ? unitPrice : product.getUnitPrice();
        int revenueAccount = product != null && vatCode == null ? product.getRevenueAccount()
                : vat.getRevenueAccount();
        BigDecimal discount = discountPercent == null ? BigDecimal.ZERO : discountPercent;
        if (quantity != null) {
            BigDecimal gross = gross(InvoiceCalculator.lineNet(quantity, Money.ore(price), discount), vat.getRate());
            if (!Money.fits(gross)) {
                throw new InvalidInputException(field, "The line comes to " + gross.toPlainString()
                        + " NOK with VAT (quantity × unit price); an amount may be at most "
                        + Money.MAX.toPlainString(), "invoices.lineTooLarge", gross.toPlainString(),
                        Money.MAX.toPlainString());
            }
        }
        return new ResolvedLine(index + 1, product == null ? null : product.getId(), text, quantity, unitText,
                Money.ore(price), discount.setScale(2), vat.getCode(), vat.getRate(), revenueAccount);
    }

    /**
     * Refuses lines whose sum with VAT is more than an amount column holds, though each line fits: before anything
     * is written, naming {@code lines}.
     */
    public static void requireTotalFits(List<ResolvedLine> lines) {
        BigDecimal total = lines.stream().map(l -> gross(InvoiceCalculator.lineNet(l.quantity(), l.unitPrice(),
                l.discountPercent()), l.vatRate())).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!Money.fits(total)) {
            throw new InvalidInputException("lines", "The lines come to " + total.toPlainString()
                    + " NOK with VAT; a total may be at most " + Money.MAX.toPlainString(), "invoices.totalTooLarge",
                    total.toPlainString(), Money.MAX.toPlainString());
        }
    }

    private static BigDecimal gross(BigDecimal net, BigDecimal vatRate) {
        return net.add(Money.percentOf(net, vatRate));
    }

    private static void requireForFreeText(String field, boolean present) {
        if (!present) {
            throw new InvalidInputException(field, "A line without productId needs description, unitPrice and vatCode",
                    "invoices.freeLineIncomplete");
        }
    }
}
