package no.fakturaflyt.dunning.agency;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Where a case stands at the agency: its answer to {@code POST /cases} and {@code GET /cases/{reference}}, and the
 * body of its callback to us.
 *
 * @param status          OPEN while the agency works on it, then PAID or CLOSED_UNPAID
 * @param amountCollected what the agency collected for the creditor, once closed
 * @param closedOn        the day it was closed
 */
record AgencyCaseStatus(String reference, String status, BigDecimal amountCollected, LocalDate closedOn) {

    static final String OPEN = "OPEN";
}
