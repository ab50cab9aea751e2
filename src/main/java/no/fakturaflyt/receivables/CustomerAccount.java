package no.fakturaflyt.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer's account as it stood at the end of {@code asOf}: the items, the totals and the movements that led there.
 *
 * @param balance what was open on the items
 * @param credit  what the customer had paid beyond the items (not yet settled)
 * @param net     balance less credit: what the customer owed all told (negative: what the company owed)
 */
record CustomerAccount(long customerId, long customerNumber, String name, LocalDate asOf, BigDecimal balance,
        BigDecimal credit, BigDecimal net, List<Item> items, List<Movement> movements) {

    enum Status { OPEN, CLOSED }

    /**
     * One invoice's receivable or one fee, as of the day.
     *
     * @param reference   the step that claimed a fee (e.g. REMINDER_1); null for an invoice
     * @param date        invoice date, or the day the fee was claimed
     * @param factored    sold to the factoring company
     * @param daysOverdue days past the due date while something is open; 0 when nothing is, or not yet due
     * @param closedOn    the day the last of it was paid, credited or written off; null while open
     * @param reductions  what took it down by then, oldest first
     */
    record Item(long openItemId, String type, long invoiceNumber, String reference, LocalDate date,
            LocalDate dueDate, BigDecimal originalAmount, BigDecimal paid, BigDecimal credited, BigDecimal writtenOff,
            BigDecimal factored, BigDecimal openAmount, long daysOverdue, Status status, LocalDate closedOn,
            List<Reduction> reductions) {
    }

    /** @param kind PAYMENT, CREDIT_NOTE, WRITE_OFF or FACTORING; sourceId: the payment, credit note, case or invoice */
    record Reduction(LocalDate date, String kind, BigDecimal amount, long sourceId) {
    }

    /**
     * A line of the statement: debit raises what the customer owes, credit lowers it; {@code balance} runs after it.
     *
     * @param type INVOICE, REMINDER_FEE, CREDIT_NOTE, PAYMENT, WRITE_OFF or FACTORING
     */
    record Movement(LocalDate date, String type, String text, long invoiceNumber, BigDecimal debit,
            BigDecimal credit, BigDecimal balance) {
    }
}
