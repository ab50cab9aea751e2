package no.fakturaflyt.dunning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** A payment deadline set in a reminder or notice: sent on one day, to be paid by another (inclusive). */
public record Deadline(LocalDate sentOn, LocalDate payBy) {

    public Deadline {
        Objects.requireNonNull(sentOn, "sentOn");
        Objects.requireNonNull(payBy, "payBy");
        if (payBy.isBefore(sentOn)) {
            throw new IllegalArgumentException("deadline " + payBy + " is before the day it was sent, " + sentOn);
        }
    }

    public static Deadline daysAfter(LocalDate sentOn, int days) {
        return new Deadline(sentOn, sentOn.plusDays(days));
    }

    /** Days from the day it was sent to the deadline: the figure the law's "at least 14 days" is about. */
    public long days() {
        return ChronoUnit.DAYS.between(sentOn, payBy);
    }

    /** The debtor has missed it only once the deadline day itself is over. */
    public boolean passedOn(LocalDate date) {
        return date.isAfter(payBy);
    }
}
