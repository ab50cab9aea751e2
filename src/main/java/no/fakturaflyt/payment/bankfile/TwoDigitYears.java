package no.fakturaflyt.payment.bankfile;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The century of a DDMMYY date, which the Nets formats write with two-digit years (OCR Giro system manual: every date
 * "DDMMYY (day, month, year)"). A date is put in the hundred years that end {@value #YEARS_AHEAD} years after the
 * reference year: with 2026 as reference, {@code 92} is 1992 and {@code 36} is 2036, {@code 37} is 1937. Bank files
 * report what has happened, so the window leans to the past; whether a date is plausible for booking (not in the
 * future, not years back) is decided by the import, not here.
 */
final class TwoDigitYears {

    /** How far after the reference year a two-digit year may still land. */
    static final int YEARS_AHEAD = 10;

    private final int lastYear;

    private TwoDigitYears(int lastYear) {
        this.lastYear = lastYear;
    }

    /** The window around a reference day, usually today in Oslo. */
    static TwoDigitYears around(LocalDate reference) {
        return new TwoDigitYears(reference.getYear() + YEARS_AHEAD);
    }

    /** The full year of a two-digit year 0-99. */
    int year(int twoDigits) {
        if (twoDigits < 0 || twoDigits > 99) {
            throw new IllegalArgumentException("a two-digit year is 0-99, not " + twoDigits);
        }
        int year = lastYear - Math.floorMod(lastYear - twoDigits, 100);
        return year;
    }

    /** The date of six digits DDMMYY, or null when they are no date (31 February, month 13). */
    LocalDate date(String ddmmyy) {
        if (ddmmyy.length() != 6 || !ddmmyy.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        try {
            return LocalDate.of(year(Integer.parseInt(ddmmyy.substring(4, 6))),
                    Integer.parseInt(ddmmyy.substring(2, 4)), Integer.parseInt(ddmmyy.substring(0, 2)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
