package no.fakturaflyt.invoicing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import no.fakturaflyt.common.Money;

/**
 * Exact invoice arithmetic in øre: a line's net is quantity × price less discount, rounded half up to øre; VAT is
 * computed once per rate on the sum of that rate's lines; with rounding to whole kroner the difference becomes a
 * rounding line.
 */
public final class InvoiceCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private InvoiceCalculator() {
    }

    public static BigDecimal lineNet(BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent) {
        BigDecimal gross = quantity.multiply(unitPrice);
        BigDecimal factor = HUNDRED.subtract(discountPercent).divide(HUNDRED);
        return Money.ore(gross.multiply(factor));
    }

    public static InvoiceTotals totals(List<InvoiceLine> lines, boolean roundToWholeKroner) {
        return totals(lines, rate -> null, null, roundToWholeKroner);
    }

    /**
     * The totals of an invoice or credit note: from its lines, except that a credit note of what was left to credit
     * keeps the VAT per rate and the rounding fixed when it was drafted (what was left of the invoice's).
     */
    public static InvoiceTotals totals(Invoice invoice, boolean roundToWholeKroner) {
        return totals(invoice.getLines(), rate -> invoice.fixedVat(rate).orElse(null), invoice.getFixedRounding(),
                roundToWholeKroner);
    }

    private static InvoiceTotals totals(List<InvoiceLine> lines, UnaryOperator<BigDecimal> fixedVat,
            BigDecimal fixedRounding, boolean roundToWholeKroner) {
        Map<BigDecimal, BigDecimal> baseByRate = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (InvoiceLine line : lines) {
            baseByRate.merge(line.getVatRate().setScale(2), line.getNetAmount(), BigDecimal::add);
        }
        List<InvoiceTotals.VatLine> vatLines = baseByRate.entrySet().stream()
                .map(e -> new InvoiceTotals.VatLine(e.getKey(), Money.ore(e.getValue()),
                        Objects.requireNonNullElseGet(fixedVat.apply(e.getKey()),
                                () -> Money.percentOf(e.getValue(), e.getKey()))))
                .toList();
        BigDecimal net = Money.ore(vatLines.stream().map(InvoiceTotals.VatLine::base)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal vat = Money.ore(vatLines.stream().map(InvoiceTotals.VatLine::vat)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal exact = net.add(vat);
        BigDecimal total = fixedRounding != null ? exact.add(fixedRounding)
                : roundToWholeKroner ? Money.wholeKroner(exact) : exact;
        return new InvoiceTotals(net, vatLines, vat, total.subtract(exact), total);
    }
}
