package no.fakturaflyt.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** legal-rates.csv holds exactly the figures of norway.md §1 and §3, and nothing it does not give. */
class LegalRatesTest {

    private static final LegalRates RATES = LegalRates.load();

    @ParameterizedTest(name = "inkassosats on {0} = {1}")
    @CsvSource({"2017-01-01, 700", "2025-12-31, 700", "2026-01-01, 750", "2027-03-01, 750"})
    void inkassosatsByTheDayTheNoticeIsSent(LocalDate date, String sats) {
        assertThat(RATES.inkassosats().valueOn(date)).isEqualByComparingTo(sats);
    }

    @Test
    void noInkassosatsBefore2017() {
        assertThatThrownBy(() -> RATES.inkassosats().valueOn(LocalDate.of(2016, 12, 31)))
                .isInstanceOf(NoFigureException.class).hasMessageContaining("inkassosats: no figure for 2016-12-31");
    }

    @ParameterizedTest(name = "a claim due {0} uses {1}")
    @CsvSource({"2017-01-01, 1/10", "2020-09-30, 1/10", "2020-10-01, 1/20", "2026-01-01, 1/20"})
    void feeFractionByTheClaimsDueDate(LocalDate dueDate, String fraction) {
        assertThat(RATES.feeFraction().valueOn(dueDate)).isEqualTo(Fraction.parse(fraction));
    }

    @ParameterizedTest(name = "{0}: {1} %, check = {2}")
    @CsvSource({
            "2023-01-01, 10.75, false", "2023-07-01, 11.75, false", "2024-01-01, 12.50, false",
            "2024-07-01, 12.50, false", "2025-01-01, 12.50, false", "2025-07-01, 12.25, false",
            "2026-01-01, 12.00, false", "2026-07-01, 12.25, true"})
    void lateInterestRatePerHalfYear(LocalDate from, String rate, boolean check) {
        DatedTable.Entry<java.math.BigDecimal> entry = RATES.lateInterestRateFor(HalfYear.of(from));
        assertThat(entry.value()).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo(rate));
        assertThat(entry.toBeChecked()).isEqualTo(check);
        assertThat(RATES.lateInterestRate().valueOn(from.plusMonths(5))).isEqualByComparingTo(rate);
    }

    @Test
    void theLastInterestRateIsNotCarriedIntoTheNextHalfYear() {
        assertThatThrownBy(() -> RATES.lateInterestRateFor(new HalfYear(2027, 1)))
                .isInstanceOf(NoFigureException.class).hasMessage("late-interest: no figure for 2027 H1");
        assertThatThrownBy(() -> RATES.lateInterestRateFor(new HalfYear(2022, 2)))
                .isInstanceOf(NoFigureException.class).hasMessage("late-interest: no figure for 2022 H2");
    }

    @ParameterizedTest(name = "{0}: {1} kr")
    @CsvSource({"2024, 1, 470", "2025, 1, 470", "2026, 1, 460"})
    void standardCompensationWhereNorwayMdGivesAFigure(int year, int half, String amount) {
        assertThat(RATES.standardCompensationFor(new HalfYear(year, half)).value())
                .hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo(amount));
    }

    @ParameterizedTest(name = "no figure for {0} H{1}")
    @CsvSource({"2023, 2", "2024, 2", "2025, 2", "2026, 2", "2027, 1"})
    void standardCompensationHasGapsWhereNorwayMdGivesNone(int year, int half) {
        assertThatThrownBy(() -> RATES.standardCompensationFor(new HalfYear(year, half)))
                .isInstanceOf(NoFigureException.class)
                .hasMessage("standard-compensation: no figure for " + year + " H" + half);
    }

    @Test
    void aBrokenFileIsRejectedWithTheLineAtFault() {
        String valid = """
                inkassosats,2017-01-01,700,
                fee-fraction,2017-01-01,1/10,
                late-interest,2023-01-01,10.75,
                standard-compensation,2024-01-01,470,
                """;
        assertThatThrownBy(() -> LegalRates.parse(new StringReader(valid + "inkassosats,2026-13-01,750,\n"), "t.csv"))
                .hasMessageStartingWith("t.csv line 5 (inkassosats)");
        assertThatThrownBy(() -> LegalRates.parse(new StringReader(valid + "inkassosatz,2026-01-01,750,\n"), "t.csv"))
                .hasMessage("t.csv line 5: unknown table 'inkassosatz'");
        assertThatThrownBy(() -> LegalRates.parse(new StringReader(valid + "late-interest,2026-02-01,12,\n"), "t.csv"))
                .hasMessage("late-interest is set per half-year, but a row is valid from 2026-02-01");
        assertThatThrownBy(() -> LegalRates.parse(new StringReader("inkassosats,2017-01-01,700,\n"), "t.csv"))
                .hasMessage("t.csv has no rows for table 'fee-fraction'");
    }
}
