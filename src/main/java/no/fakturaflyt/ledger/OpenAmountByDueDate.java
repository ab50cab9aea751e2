package no.fakturaflyt.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What one customer had open at the end of a day on items falling due on one date (the input of an aging). */
public record OpenAmountByDueDate(long customerId, LocalDate dueDate, BigDecimal openAmount) {
}
