package no.fakturaflyt.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Invoice arithmetic in øre: line net, VAT per rate, rounding to whole kroner. */
class InvoiceCalculatorTest {

    @ParameterizedTest(name = "{0} × {1} less {2} % = {3}")
    @CsvSource({
            "3, 33.33, 10, 89.99",       // 99.99 − 10 % = 89.991 → 89.99
            "0.5, 0.05, 0, 0.03",        // 0.025 → 0.03 (half up, not half even)
            "1, 0.01, 50, 0.01",         // 0.005 → 0.01 (half up)
            "3, 1250.00, 0, 3750.00",
            "2, 99.90, 10, 179.82",
            "1.5, 10.00, 100, 0.00",     // 100 % discount
            "0.333, 3.00, 0, 1.00",      // 0.999 → 1.00
    })
    void lineNetIsQuantityTimesPriceLessDiscountRoundedHalfUpToOre(String quantity, String price, String discount,
            String expected) {
        BigDecimal net = InvoiceCalculator.lineNet(new BigDecimal(quantity), new BigDecimal(price),
                new BigDecimal(discount));
        assertThat(net).isEqualByComparingTo(expected);
        assertThat(net.scale()).isEqualTo(2);
    }

    @Test
    void theLineCarriesItsRoundedNet() {
        assertThat(line("3", "33.33", "10", "25").getNetAmount()).isEqualByComparingTo("89.99");
    }

    @Test
    void vatIsComputedOncePerRateOnTheSumOfThatRatesLines() {
        // three lines of 0.10 at 25 %: per line 0.025 → 0.03, three times 0.09; per rate 0.30 × 25 % = 0.075 → 0.08
        List<InvoiceLine> lines = List.of(line("1", "0.10", "0", "25"), line("1", "0.10", "0", "25"),
                line("1", "0.10", "0", "25"));

        InvoiceTotals totals = InvoiceCalculator.totals(lines, false);

        assertThat(totals.vatLines()).hasSize(1);
        assertThat(totals.vatLines().get(0).base()).isEqualByComparingTo("0.30");
        assertThat(totals.vatLines().get(0).vat()).isEqualByComparingTo("0.08");
        assertThat(totals.vatTotal()).isEqualByComparingTo("0.08").isNotEqualByComparingTo("0.09");
        assertThat(totals.netTotal()).isEqualByComparingTo("0.30");
        assertThat(totals.total()).isEqualByComparingTo("0.38");
    }

    @Test
    void vatLinesAreOrderedByRateDescendingAndTotalsAddUp() {
        List<InvoiceLine> lines = List.of(
                line("1", "450.00", "0", "0"),
                line("2", "100.00", "0", "12"),
                line("3", "1250.00", "0", "25"),
                line("2", "99.90", "10", "15"),
                line("1", "50.00", "0", "25"));

        InvoiceTotals totals = InvoiceCalculator.totals(lines, false);

        assertThat(totals.vatLines()).extracting(v -> v.rate().stripTrailingZeros().toPlainString())
                .containsExactly("25", "15", "12", "0");
        assertThat(totals.vatLines()).extracting(v -> v.base().toPlainString())
                .containsExactly("3800.00", "179.82", "200.00", "450.00");
        assertThat(totals.vatLines()).extracting(v -> v.vat().toPlainString())
                .containsExactly("950.00", "26.97", "24.00", "0.00");
        assertThat(totals.netTotal()).isEqualByComparingTo("4629.82");
        assertThat(totals.vatTotal()).isEqualByComparingTo("1000.97");
        assertThat(totals.rounding()).isEqualByComparingTo("0.00");
        assertThat(totals.total()).isEqualByComparingTo("5630.79");
    }

    @Test
    void roundingToWholeKronerRoundsDownBelowFiftyOre() {
        // 80.32 + 25 % (20.08) = 100.40
        InvoiceTotals totals = InvoiceCalculator.totals(List.of(line("1", "80.32", "0", "25")), true);

        assertThat(totals.netTotal()).isEqualByComparingTo("80.32");
        assertThat(totals.vatTotal()).isEqualByComparingTo("20.08");
        assertThat(totals.total()).isEqualByComparingTo("100.00");
        assertThat(totals.rounding()).isEqualByComparingTo("-0.40");
        assertThat(totals.netTotal().add(totals.vatTotal()).add(totals.rounding())).isEqualByComparingTo(totals.total());
    }

    @Test
    void roundingToWholeKronerRoundsFiftyOreUp() {
        // 80.40 + 25 % (20.10) = 100.50
        InvoiceTotals totals = InvoiceCalculator.totals(List.of(line("1", "80.40", "0", "25")), true);

        assertThat(totals.total()).isEqualByComparingTo("101.00");
        assertThat(totals.rounding()).isEqualByComparingTo("0.50");
        assertThat(totals.netTotal().add(totals.vatTotal()).add(totals.rounding())).isEqualByComparingTo(totals.total());
    }

    @Test
    void withoutRoundingTheTotalIsNetPlusVatToTheOre() {
        InvoiceTotals totals = InvoiceCalculator.totals(List.of(line("1", "80.32", "0", "25")), false);

        assertThat(totals.rounding()).isEqualByComparingTo("0.00");
        assertThat(totals.total()).isEqualByComparingTo("100.40")
                .isEqualByComparingTo(totals.netTotal().add(totals.vatTotal()));
    }

    @Test
    void anInvoiceOnWholeKronerIsNotRounded() {
        InvoiceTotals totals = InvoiceCalculator.totals(List.of(line("2", "40.00", "0", "25")), true);

        assertThat(totals.total()).isEqualByComparingTo("100.00");
        assertThat(totals.rounding()).isEqualByComparingTo("0.00");
    }

    private static InvoiceLine line(String quantity, String price, String discount, String rate) {
        String vatCode = switch (rate) {
            case "25" -> "3";
            case "15" -> "31";
            case "12" -> "33";
            default -> "5";
        };
        return new InvoiceLine(1, null, "Line", new BigDecimal(quantity), "stk", new BigDecimal(price),
                new BigDecimal(discount), vatCode, new BigDecimal(rate), 3000);
    }
}
