package no.fakturaflyt.sales;

import java.math.BigDecimal;

/** A line's content once resolved against its product and VAT code; what quote and order lines are made of. */
record LineValues(int lineNo, Long productId, String description, BigDecimal quantity, String unit,
        BigDecimal unitPrice, BigDecimal discountPercent, String vatCode, BigDecimal vatRate, int revenueAccount) {
}
