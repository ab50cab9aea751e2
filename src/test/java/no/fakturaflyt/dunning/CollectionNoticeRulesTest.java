package no.fakturaflyt.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The collection notice's timing (inkassoloven § 9, norway.md §2). */
class CollectionNoticeRulesTest {

    @ParameterizedTest(name = "sent {0}, policy {1} days → {2} ({3} days)")
    @CsvSource({
            "2026-01-05, 10, 2026-01-19, 14, true",   // raised to the legal 14
            "2026-01-05, 0,  2026-01-19, 14, true",
            "2026-01-05, 14, 2026-01-19, 14, false",
            "2026-01-05, 21, 2026-01-26, 21, false",  // longer is the policy's choice
            "2025-12-11, 14, 2025-12-25, 14, false",  // ends on Christmas Day: the same weekday, not moved
    })
    void theDeadlineIsAtLeastFourteenDaysFromTheDayTheNoticeIsSent(LocalDate sentOn, int policyDays,
            LocalDate payBy, long days, boolean raised) {
        NoticeDeadline deadline = CollectionNoticeRules.deadline(sentOn, policyDays);

        assertThat(deadline.deadline().payBy()).isEqualTo(payBy);
        assertThat(deadline.deadline().days()).isEqualTo(days);
        assertThat(deadline.raised()).isEqualTo(raised);
    }

    @Test
    void aRaisedDeadlineSaysWhy() {
        assertThat(CollectionNoticeRules.deadline(LocalDate.of(2026, 1, 5), 10).reasons()).containsExactly(
                "deadline raised from 10 to 14 days (2026-01-19): a collection notice must give at least 14 days"
                        + " from the day it is sent (inkassoloven § 9)");
    }

    @Test
    void theEarliestNoticeIsTheDayAfterTheDueDateOrFourteenDaysAfterWithAFee() {
        LocalDate due = LocalDate.of(2025, 12, 20);
        assertThat(CollectionNoticeRules.earliestSendDate(due, false)).isEqualTo("2025-12-21");
        assertThat(CollectionNoticeRules.earliestSendDate(due, true)).isEqualTo("2026-01-03");
    }

    @Test
    void theClaimMayBeTransferredOnlyOnceTheDeadlineHasPassedPlusPostalDays() {
        Deadline deadline = new Deadline(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19));
        assertThat(CollectionNoticeRules.earliestTransferDate(deadline, 0)).isEqualTo("2026-01-20");
        assertThat(CollectionNoticeRules.earliestTransferDate(deadline, 3)).isEqualTo("2026-01-23");
        assertThat(deadline.passedOn(LocalDate.of(2026, 1, 19))).isFalse();
        assertThat(deadline.passedOn(LocalDate.of(2026, 1, 20))).isTrue();
    }
}
