package no.fakturaflyt.dunning;

import java.time.LocalDate;
import java.util.Date;
import no.fakturaflyt.common.OsloClock;

/**
 * When each step of a case is due. Every wait adds the postal days: a payment ordered on the last day may take them
 * to reach the account, and the debtor who paid in time must never get the next letter.
 */
final class FollowUpSchedule {

    private FollowUpSchedule() {
    }

    /**
     * The day the invoice goes on the follow-up list: the due date and the postal days have passed — counted from the
     * day it was sent when that was later (an invoice dated back), so that no reminder goes out with the invoice itself
     * before the debtor has had it.
     */
    static LocalDate listOn(LocalDate dueDate, LocalDate sentOn, FollowUpSettings settings) {
        LocalDate from = sentOn.isAfter(dueDate) ? sentOn : dueDate;
        return from.plusDays(1L + settings.getPostalDays());
    }

    /** The first reminder: the configured days after the due date, never before the invoice is on the list. */
    static LocalDate firstReminderOn(LocalDate dueDate, LocalDate sentOn, FollowUpSettings settings) {
        LocalDate configured = dueDate.plusDays(settings.getFirstReminderDays());
        LocalDate listed = listOn(dueDate, sentOn, settings);
        return configured.isBefore(listed) ? listed : configured;
    }

    /** The step after a reminder or notice: its deadline, then the postal days. */
    static LocalDate afterDeadline(LocalDate payBy, FollowUpSettings settings) {
        return payBy.plusDays(1L + settings.getPostalDays());
    }

    /** The step that follows {@code step}, given one or two reminders; null after the transfer. */
    static FollowUpStep following(FollowUpStep step, FollowUpSettings settings) {
        return switch (step) {
            case REMINDER_1 -> settings.getReminderCount() >= 2 ? FollowUpStep.REMINDER_2
                    : FollowUpStep.COLLECTION_NOTICE;
            case REMINDER_2 -> FollowUpStep.COLLECTION_NOTICE;
            case COLLECTION_NOTICE -> FollowUpStep.TRANSFER;
            case TRANSFER -> null;
        };
    }

    /** The engine's timer date for a day: its start in Europe/Oslo. */
    static Date timerDate(LocalDate day) {
        return Date.from(day.atStartOfDay(OsloClock.OSLO).toInstant());
    }
}
