package no.fakturaflyt.receivables;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.common.OsloClock;

/** The {@code asOf} query parameter: an ISO date, today in Oslo when left out. */
final class AsOf {

    static final String PARAMETER = "asOf";

    private AsOf() {
    }

    static LocalDate parse(String value, OsloClock clock) {
        if (value == null || value.isBlank()) {
            return clock.today();
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(PARAMETER, "'" + value + "' is not a date; write it as YYYY-MM-DD");
        }
    }
}
