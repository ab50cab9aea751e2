package no.fakturaflyt.invoicing;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What is left to credit of each line of an invoice, given its credit notes so far. A credit note's line is a copy of
 * the invoice's line with a smaller or equal quantity, so it is recognised by what it copied (product, text, unit
 * price, discount, VAT code); credited quantities are taken from the invoice's lines in their order.
 */
final class CreditRemainder {

    private final Map<Key, BigDecimal> credited = new HashMap<>();

    CreditRemainder(List<Invoice> creditNotes) {
        for (Invoice creditNote : creditNotes) {
            for (InvoiceLine line : creditNote.getLines()) {
                credited.merge(Key.of(line), line.getQuantity(), BigDecimal::add);
            }
        }
    }

    /** The quantity of {@code line} not credited yet; what it was credited is used up for the lines after it. */
    BigDecimal take(InvoiceLine line) {
        Key key = Key.of(line);
        BigDecimal already = credited.getOrDefault(key, BigDecimal.ZERO);
        BigDecimal used = already.min(line.getQuantity());
        credited.put(key, already.subtract(used));
        return line.getQuantity().subtract(used);
    }

    private record Key(Long productId, String description, BigDecimal unitPrice, BigDecimal discountPercent,
            String vatCode) {

        static Key of(InvoiceLine line) {
            return new Key(line.getProductId(), line.getDescription(), line.getUnitPrice().stripTrailingZeros(),
                    line.getDiscountPercent().stripTrailingZeros(), Objects.requireNonNull(line.getVatCode()));
        }
    }
}
