package no.fakturaflyt.invoicing;

import java.math.BigDecimal;
import java.util.List;

/** Net, VAT per rate, rounding and the amount due. */
public record InvoiceTotals(BigDecimal netTotal, List<VatLine> vatLines, BigDecimal vatTotal, BigDecimal rounding,
        BigDecimal total) {

    public record VatLine(BigDecimal rate, BigDecimal base, BigDecimal vat) {
    }
}
