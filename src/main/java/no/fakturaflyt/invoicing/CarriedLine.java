package no.fakturaflyt.invoicing;

import java.math.BigDecimal;

/**
 * An invoice line taken over as it stands from an earlier document (a confirmed sales order): its product, price,
 * discount, VAT code and revenue account are not looked up again, so the invoice bills what was agreed even if the
 * product has changed since. Only the VAT rate is the code's rate on the day the draft is made.
 */
public record CarriedLine(Long productId, String description, BigDecimal quantity, String unit, BigDecimal unitPrice,
        BigDecimal discountPercent, String vatCode, int revenueAccount) {
}
