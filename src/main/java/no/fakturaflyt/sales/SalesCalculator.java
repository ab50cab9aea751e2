package no.fakturaflyt.sales;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.fakturaflyt.common.Money;
import no.fakturaflyt.invoicing.InvoiceTotals;

/**
 * Totals of a quote or order with the invoice's arithmetic (line nets in øre, VAT once per rate, optional rounding to
 * whole kroner), so the amount quoted is the amount an invoice of the same lines would ask.
 */
final class SalesCalculator {

    private SalesCalculator() {
    }

    static InvoiceTotals totals(List<? extends SalesLine> lines, boolean roundToWholeKroner) {
        Map<BigDecimal, BigDecimal> baseByRate = new TreeMap<>(Comparator.reverseOrder());
        for (SalesLine line : lines) {
            baseByRate.merge(line.getVatRate().setScale(2), line.getNetAmount(), BigDecimal::add);
        }
        List<InvoiceTotals.VatLine> vatLines = baseByRate.entrySet().stream()
                .map(e -> new InvoiceTotals.VatLine(e.getKey(), Money.ore(e.getValue()),
                        Money.percentOf(e.getValue(), e.getKey())))
                .toList();
        BigDecimal net = Money.ore(vatLines.stream().map(InvoiceTotals.VatLine::base)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal vat = Money.ore(vatLines.stream().map(InvoiceTotals.VatLine::vat)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal exact = net.add(vat);
        BigDecimal total = roundToWholeKroner ? Money.wholeKroner(exact) : exact;
        return new InvoiceTotals(net, vatLines, vat, total.subtract(exact), total);
    }
}
