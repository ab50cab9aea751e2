package no.fakturaflyt.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fee a reminder or collection notice may carry (norway.md §1), and the reason the clerk reads. */
class ReminderFeeRulesTest {

    private final ReminderFeeRules rules = new ReminderFeeRules(LegalRates.load());

    @ParameterizedTest(name = "[{index}] due {0}, {2} sent {1}, fees so far [{4}], policy {7} → {8}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", value = {
            // due      | sent       | step              | debtor   | fees so far | prev sent  | prev pay by | policy | fee   | a reason says
            // a fee no earlier than 14 days after the due date: 2025-12-20 + 14 = 2026-01-03
            "2025-12-20 | 2025-12-30 | REMINDER_1        | CONSUMER | -           | -          | -           | 70.00  | 0.00  | no fee before 14 days after the due date (2026-01-03); the first reminder is sent on 2025-12-30",
            "2025-12-20 | 2026-01-02 | REMINDER_1        | CONSUMER | -           | -          | -           | 70.00  | 0.00  | no fee before 14 days after the due date (2026-01-03)",
            // from that day, capped at 1/20 of the 2026 inkassosats: 750 / 20 = 37.50 → 38
            "2025-12-20 | 2026-01-03 | REMINDER_1        | CONSUMER | -           | -          | -           | 70.00  | 38.00 | capped at 38.00 kr (1/20 of the inkassosats 750 kr in force on 2026-01-03, 37.50 rounded half up to whole kroner (check)); the policy asks for 70.00 kr",
            "2025-12-20 | 2026-01-05 | COLLECTION_NOTICE | BUSINESS | -           | -          | -           | 50.00  | 38.00 | capped at 38.00 kr (1/20 of the inkassosats 750 kr in force on 2026-01-05",
            // the inkassosats is the sending date's: sent 2025-12-31 → 700 / 20 = 35; sent 2026-01-01 → 38
            "2025-12-01 | 2025-12-31 | REMINDER_1        | CONSUMER | -           | -          | -           | 70.00  | 35.00 | capped at 35.00 kr (1/20 of the inkassosats 700 kr in force on 2025-12-31); the policy asks for 70.00 kr",
            "2025-12-01 | 2026-01-01 | REMINDER_1        | CONSUMER | -           | -          | -           | 70.00  | 38.00 | capped at 38.00 kr",
            // the fraction is the due date's: due before 2020-10-01 → 1/10 of 700 = 70; from 2020-10-01 → 1/20 = 35
            "2020-09-30 | 2020-10-20 | REMINDER_1        | CONSUMER | -           | -          | -           | 100.00 | 70.00 | capped at 70.00 kr (1/10 of the inkassosats 700 kr in force on 2020-10-20); the policy asks for 100.00 kr",
            "2020-10-01 | 2020-10-20 | REMINDER_1        | CONSUMER | -           | -          | -           | 100.00 | 35.00 | capped at 35.00 kr (1/20 of the inkassosats 700 kr in force on 2020-10-20)",
            // a policy fee within the cap is charged as asked
            "2025-12-20 | 2026-01-05 | REMINDER_1        | CONSUMER | -           | -          | -           | 30.00  | 30.00 | the policy's fee 30.00 kr is within the cap of 38.00 kr",
            "2025-12-20 | 2026-01-05 | REMINDER_1        | CONSUMER | -           | -          | -           | 0      | 0.00  | the policy asks for no fee on the first reminder",
            // a second fee: the first reminder gave 14 days (2025-11-15 → 2025-11-29) and the debtor missed it
            "2025-11-01 | 2025-11-30 | REMINDER_2        | CONSUMER | 35.00       | 2025-11-15 | 2025-11-29  | 70.00  | 35.00 | capped at 35.00 kr",
            "2025-11-01 | 2025-11-30 | REMINDER_2        | CONSUMER | 35.00       | 2025-11-15 | 2025-11-25  | 70.00  | 0.00  | a second fee only when the first reminder set a deadline of at least 14 days; it set 10 days (2025-11-15 to 2025-11-25)",
            "2025-11-01 | 2025-11-29 | COLLECTION_NOTICE | CONSUMER | 35.00       | 2025-11-15 | 2025-11-29  | 70.00  | 0.00  | a second fee only once the debtor has missed the first reminder's deadline (2025-11-29); the collection notice (inkassovarsel) is sent on 2025-11-29",
            "2025-11-01 | 2025-11-30 | REMINDER_2        | CONSUMER | 35.00       | -          | -           | 70.00  | 0.00  | a second fee needs the deadline the first reminder set, and none is known",
            // a reminder without a fee does not count: this is still the first fee
            "2025-11-01 | 2025-11-30 | REMINDER_2        | CONSUMER | 0.00        | -          | -           | 70.00  | 35.00 | capped at 35.00 kr",
            // never a third fee
            "2025-11-01 | 2025-12-20 | COLLECTION_NOTICE | CONSUMER | 35.00;35.00 | 2025-11-30 | 2025-12-14  | 70.00  | 0.00  | at most two fees before collection: 2 already claimed on this claim",
    })
    void scenario(LocalDate dueDate, LocalDate sentOn, FollowUpStep step, DebtorType debtor, String feesSoFar,
            LocalDate previousSent, LocalDate previousPayBy, BigDecimal policyFee, BigDecimal expectedFee,
            String expectedReason) {
        List<BigDecimal> fees = feesSoFar == null ? List.of()
                : Arrays.stream(feesSoFar.split(";")).map(BigDecimal::new).toList();
        Deadline previous = previousSent == null ? null : new Deadline(previousSent, previousPayBy);

        FeeDecision decision = rules.decide(new FeeRequest(dueDate, sentOn, step, debtor, fees, previous, policyFee));

        assertThat(decision.amount()).isEqualByComparingTo(expectedFee);
        assertThat(decision.amount().scale()).isEqualTo(2);
        assertThat(decision.charged()).isEqualTo(expectedFee.signum() > 0);
        assertThat(decision.reasons()).anySatisfy(reason -> assertThat(reason).contains(expectedReason));
        assertThat(decision.amount()).isLessThanOrEqualTo(decision.cap().amount());
    }

    @Test
    void everyRuleThatForbidsTheFeeIsListedNotOnlyTheFirst() {
        // too early (due 2025-12-20, earliest 2026-01-03) and the first reminder's 7-day deadline is too short
        FeeDecision decision = rules.decide(new FeeRequest(LocalDate.of(2025, 12, 20), LocalDate.of(2026, 1, 2),
                FollowUpStep.REMINDER_2, DebtorType.CONSUMER, List.of(new BigDecimal("38.00")),
                Deadline.daysAfter(LocalDate.of(2025, 12, 21), 7), new BigDecimal("38.00")));

        assertThat(decision.amount()).isEqualByComparingTo("0");
        assertThat(decision.reasons()).hasSize(2);
        assertThat(decision.reasons().get(0)).startsWith("no fee before 14 days after the due date (2026-01-03)");
        assertThat(decision.reasons().get(1)).contains("it set 7 days");
    }

    @Test
    void twoRemindersAndANoticeNeverChargeThreeFees() {
        LocalDate due = LocalDate.of(2025, 12, 20);
        BigDecimal policy = new BigDecimal("70.00");
        List<BigDecimal> charged = new ArrayList<>();
        Deadline previous = null;
        // R1 on 2026-01-03 (due + 14) with 14 days; R2 the day after its deadline with 14 days; then the notice
        LocalDate[] sent = {LocalDate.of(2026, 1, 3), LocalDate.of(2026, 1, 18), LocalDate.of(2026, 2, 2)};
        FollowUpStep[] steps = {FollowUpStep.REMINDER_1, FollowUpStep.REMINDER_2, FollowUpStep.COLLECTION_NOTICE};
        List<FeeDecision> decisions = new ArrayList<>();
        for (int i = 0; i < steps.length; i++) {
            FeeDecision decision = rules.decide(new FeeRequest(due, sent[i], steps[i], DebtorType.CONSUMER,
                    charged, previous, policy));
            decisions.add(decision);
            if (decision.charged()) {
                if (charged.isEmpty()) {
                    previous = Deadline.daysAfter(sent[i], 14);
                }
                charged.add(decision.amount());
            }
        }

        assertThat(decisions).extracting(FeeDecision::amount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("38.00"), new BigDecimal("38.00"), new BigDecimal("0.00"));
        assertThat(charged).hasSize(2);
        assertThat(decisions.get(2).reasons()).contains("at most two fees before collection: 2 already claimed on this claim");
    }

    @Test
    void aBusinessDebtorIsToldTheFeeReducesTheStandardCompensation() {
        FeeDecision decision = rules.decide(new FeeRequest(LocalDate.of(2025, 12, 20), LocalDate.of(2026, 1, 5),
                FollowUpStep.REMINDER_1, DebtorType.BUSINESS, List.of(), null, new BigDecimal("35.00")));

        assertThat(decision.amount()).isEqualByComparingTo("35.00");
        assertThat(decision.reasons()).last().asString().contains("deducted from the standard compensation");
    }

    @Test
    void theCapIsRoundedHalfUpToWholeKronerAndMarkedCheck() {
        FeeCap cap2026 = rules.cap(LocalDate.of(2025, 12, 20), LocalDate.of(2026, 1, 5));
        assertThat(cap2026.exact()).isEqualByComparingTo("37.50");
        assertThat(cap2026.amount()).isEqualByComparingTo("38.00");
        assertThat(cap2026.rounded()).isTrue();
        assertThat(cap2026.toBeChecked()).isTrue();

        FeeCap cap2025 = rules.cap(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 12, 5));
        assertThat(cap2025.amount()).isEqualByComparingTo("35.00");
        assertThat(cap2025.rounded()).isFalse();
        assertThat(cap2025.explanation()).isEqualTo("1/20 of the inkassosats 700 kr in force on 2025-12-05");
    }

    @Test
    void theEarliestFeeDateIsFourteenDaysAfterTheDueDate() {
        assertThat(ReminderFeeRules.earliestFeeDate(LocalDate.of(2025, 12, 20))).isEqualTo("2026-01-03");
    }

    @Test
    void aReminderIsSentOnlyAfterTheDueDate() {
        assertThatThrownBy(() -> new FeeRequest(LocalDate.of(2025, 12, 20), LocalDate.of(2025, 12, 20),
                FollowUpStep.REMINDER_1, DebtorType.CONSUMER, List.of(), null, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after the due date 2025-12-20");
    }
}
