package no.fakturaflyt.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Late-payment interest day by day at each half-year's rate, and the standard compensation (norway.md §3). */
class LateInterestCalculatorTest {

    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000.00");

    private final LateInterestCalculator calculator = new LateInterestCalculator(LegalRates.load());

    @Test
    void acrossAHalfYearRateChangeInAnOrdinaryYear() {
        // due 2025-06-15, paid 2025-07-15: interest runs 2025-06-16 .. 2025-07-15
        //   2025-06-16 .. 06-30: 15 days at 12.50 %: 10000 × 0.1250 × 15 / 365 = 18750 / 365 = 51.369863…
        //   2025-07-01 .. 07-15: 15 days at 12.25 %: 10000 × 0.1225 × 15 / 365 = 18375 / 365 = 50.342465…
        //   total 37125 / 365 = 101.712328… → 101.71
        InterestCalculation interest = calculator.interest(TEN_THOUSAND, LocalDate.of(2025, 6, 15),
                LocalDate.of(2025, 7, 15));

        assertThat(interest.total()).isEqualTo(new BigDecimal("101.71"));
        assertThat(interest.days()).isEqualTo(30);
        assertThat(interest.periods()).extracting(InterestPeriod::from, InterestPeriod::to, InterestPeriod::days,
                InterestPeriod::daysInYear).containsExactly(
                tuple(LocalDate.of(2025, 6, 16), LocalDate.of(2025, 6, 30), 15L, 365),
                tuple(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 15), 15L, 365));
        assertThat(interest.periods().get(0).rate()).isEqualByComparingTo("12.50");
        assertThat(interest.periods().get(1).rate()).isEqualByComparingTo("12.25");
        assertThat(interest.periods().get(0).amountInOre()).isEqualByComparingTo("51.37");
        assertThat(interest.periods().get(1).amountInOre()).isEqualByComparingTo("50.34");
    }

    @Test
    void theSameDatesInTheLeapYear2024AreOneDayIn366() {
        // due 2024-06-15, paid 2024-07-15: 2024 H1 and H2 are both 12.50 %, so one period of 30 days
        //   10000 × 0.1250 × 30 / 366 = 37500 / 366 = 102.459016… → 102.46 (with /365 it would be 102.74)
        InterestCalculation interest = calculator.interest(TEN_THOUSAND, LocalDate.of(2024, 6, 15),
                LocalDate.of(2024, 7, 15));

        assertThat(interest.total()).isEqualTo(new BigDecimal("102.46"));
        assertThat(interest.periods()).extracting(InterestPeriod::from, InterestPeriod::to, InterestPeriod::days,
                InterestPeriod::daysInYear).containsExactly(
                tuple(LocalDate.of(2024, 6, 16), LocalDate.of(2024, 7, 15), 30L, 366));
    }

    @Test
    void acrossARateChangeIntoALeapYear() {
        // due 2023-12-15, paid 2024-01-15
        //   2023-12-16 .. 12-31: 16 days at 11.75 % / 365: 10000 × 0.1175 × 16 / 365 = 18800 / 365 = 51.506849…
        //   2024-01-01 .. 01-15: 15 days at 12.50 % / 366: 10000 × 0.1250 × 15 / 366 = 18750 / 366 = 51.229508…
        //   total 102.736357… → 102.74 (2024 days at /365 would give 102.88)
        InterestCalculation interest = calculator.interest(TEN_THOUSAND, LocalDate.of(2023, 12, 15),
                LocalDate.of(2024, 1, 15));

        assertThat(interest.total()).isEqualTo(new BigDecimal("102.74"));
        assertThat(interest.periods()).extracting(InterestPeriod::days, InterestPeriod::daysInYear)
                .containsExactly(tuple(16L, 365), tuple(15L, 366));
    }

    @Test
    void theTotalIsRoundedOnceNotPerPeriod() {
        // due 2025-12-15, paid 2026-01-15
        //   2025-12-16 .. 12-31: 16 days at 12.25 %: 10000 × 0.1225 × 16 / 365 = 19600 / 365 = 53.698630…
        //   2026-01-01 .. 01-15: 15 days at 12.00 %: 10000 × 0.1200 × 15 / 365 = 18000 / 365 = 49.315068…
        //   total 37600 / 365 = 103.013698… → 103.01; rounding each period first would give 53.70 + 49.32 = 103.02
        InterestCalculation interest = calculator.interest(TEN_THOUSAND, LocalDate.of(2025, 12, 15),
                LocalDate.of(2026, 1, 15));

        assertThat(interest.total()).isEqualTo(new BigDecimal("103.01"));
        assertThat(interest.periods()).extracting(InterestPeriod::amountInOre)
                .containsExactly(new BigDecimal("53.70"), new BigDecimal("49.32"));
    }

    @ParameterizedTest(name = "due {0}, paid {1}: {2} days, {3} kr")
    @CsvSource({
            "2025-03-10, 2025-03-10, 0, 0.00",   // paid on the due date: nothing
            "2025-03-10, 2025-03-01, 0, 0.00",   // paid early: nothing
            "2025-03-10, 2025-03-11, 1, 3.42",   // one day: 10000 × 0.125 / 365 = 3.424657… → 3.42
            "2024-02-28, 2024-03-01, 2, 6.83",   // 29 Feb and 1 Mar: 10000 × 0.125 × 2 / 366 = 6.830601… → 6.83
    })
    void interestRunsFromTheDayAfterTheDueDateToThePaymentDateInclusive(LocalDate due, LocalDate paid, long days,
            String total) {
        InterestCalculation interest = calculator.interest(TEN_THOUSAND, due, paid);

        assertThat(interest.days()).isEqualTo(days);
        assertThat(interest.total()).isEqualTo(new BigDecimal(total));
    }

    @Test
    void aHalfYearWithoutARateFailsInsteadOfGuessing() {
        assertThatThrownBy(() -> calculator.interest(TEN_THOUSAND, LocalDate.of(2026, 12, 20),
                LocalDate.of(2027, 1, 10)))
                .isInstanceOf(NoFigureException.class).hasMessage("late-interest: no figure for 2027 H1");
    }

    @Test
    void theInterestNoteShowsARateNorwayMdMarksCheck() {
        InterestCalculation interest = calculator.interest(TEN_THOUSAND, LocalDate.of(2026, 6, 20),
                LocalDate.of(2026, 7, 10));
        assertThat(interest.periods()).extracting(InterestPeriod::rateToBeChecked).containsExactly(false, true);
    }

    @ParameterizedTest(name = "{0}, due {1}, fees [{2}] → {3}")
    @CsvSource(delimiter = '|', value = {
            "BUSINESS | 2026-02-10 | ''          | 460.00",   // 2026 H1 figure
            "BUSINESS | 2024-03-01 | 35.00       | 435.00",   // 470 − 35
            "BUSINESS | 2025-06-30 | 35.00;35.00 | 400.00",   // 470 − 70
            "BUSINESS | 2026-01-01 | 300;200     | 0.00",     // 460 − 500 < 0 → 0
            "CONSUMER | 2026-02-10 | ''          | 0.00",     // never for consumers
            "CONSUMER | 2024-09-01 | ''          | 0.00",     // not even asked: no figure needed for 2024 H2
    })
    void standardCompensationForBusinessesLessFeesNeverBelowZero(DebtorType debtor, LocalDate due, String fees,
            String expected) {
        List<BigDecimal> claimed = fees == null || fees.isEmpty() ? List.of()
                : java.util.Arrays.stream(fees.split(";")).map(BigDecimal::new).toList();

        StandardCompensation compensation = calculator.standardCompensation(debtor, due, claimed);

        assertThat(compensation.amount()).isEqualTo(new BigDecimal(expected));
        assertThat(compensation.reasons()).isNotEmpty();
    }

    @Test
    void standardCompensationExplainsItself() {
        assertThat(calculator.standardCompensation(DebtorType.BUSINESS, LocalDate.of(2026, 3, 1),
                List.of(new BigDecimal("38.00"))).reasons())
                .containsExactly("standard compensation for 2026 H1: 460.00 kr",
                        "less reminder fees already claimed: 38.00 kr");
        assertThat(calculator.standardCompensation(DebtorType.CONSUMER, LocalDate.of(2026, 3, 1), List.of())
                .reasons().get(0)).startsWith("no standard compensation from a consumer");
    }

    @Test
    void aHalfYearWithoutACompensationFigureSaysSo() {
        assertThatThrownBy(() -> calculator.standardCompensation(DebtorType.BUSINESS, LocalDate.of(2024, 9, 1),
                List.of()))
                .isInstanceOf(NoFigureException.class).hasMessage("standard-compensation: no figure for 2024 H2");
    }
}
