package no.fakturaflyt.ledger;

import java.time.Instant;
import java.util.List;

/**
 * A fiscal year as the API shows it: OPEN or CLOSED, who opened and closed it (null for a year opened by its first
 * voucher) and which periods (months) are closed.
 */
public record FiscalYearStatus(int year, String status, Instant openedAt, String openedBy, Instant closedAt,
        String closedBy, List<Integer> closedPeriods) {

    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";
}
