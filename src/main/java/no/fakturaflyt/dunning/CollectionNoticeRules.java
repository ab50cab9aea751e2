package no.fakturaflyt.dunning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When a collection notice (inkassovarsel, inkassoloven § 9; norway.md §2) may be sent, what deadline it must give,
 * and when the claim may go to a collection agency. Who sends the notice is the process owner's choice (BPMN/DMN),
 * not decided here.
 */
public final class CollectionNoticeRules {

    /** The shortest deadline the law allows, counted from the day the notice is sent. */
    public static final int MIN_DEADLINE_DAYS = 14;

    private CollectionNoticeRules() {
    }

    /**
     * The notice's deadline: the policy's days, raised to 14 when shorter. It ends on the same weekday, even a holiday,
     * so it is not moved to a business day.
     */
    public static NoticeDeadline deadline(LocalDate sentOn, int policyDays) {
        if (policyDays < 0) {
            throw new IllegalArgumentException("the policy's deadline is negative: " + policyDays + " days");
        }
        List<String> reasons = new ArrayList<>();
        int days = policyDays;
        if (policyDays < MIN_DEADLINE_DAYS) {
            days = MIN_DEADLINE_DAYS;
            reasons.add("deadline raised from " + policyDays + " to 14 days (" + sentOn.plusDays(days)
                    + "): a collection notice must give at least 14 days from the day it is sent (inkassoloven § 9)");
        }
        return new NoticeDeadline(Deadline.daysAfter(sentOn, days), reasons);
    }

    /** The first day a notice may be sent: the day after the due date, or 14 days after it when it carries a fee. */
    public static LocalDate earliestSendDate(LocalDate dueDate, boolean withFee) {
        return withFee ? ReminderFeeRules.earliestFeeDate(dueDate) : dueDate.plusDays(1);
    }

    /**
     * The first day the claim may be transferred to a collection agency: the day after the notice's deadline, plus
     * {@code postalDays} for a payment ordered on the deadline to reach the creditor (payment counts as made when the
     * debtor's bank received the order in time).
     */
    public static LocalDate earliestTransferDate(Deadline noticeDeadline, int postalDays) {
        if (postalDays < 0) {
            throw new IllegalArgumentException("postal days are negative: " + postalDays);
        }
        return noticeDeadline.payBy().plusDays(1L + postalDays);
    }
}
