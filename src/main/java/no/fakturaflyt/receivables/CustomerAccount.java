package no.fakturaflyt.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer's account as it stood at the end of {@code asOf}: the items, the totals and the movements that led there.
 *
 * @param balance what was open on the items
 * @param credit      the customer's credit balance (kundens tilgode): paid beyond the items, credited beyond what was
 *                    open, less what was refunded or set off
 * @param net         balance less credit: what the customer owed all told (negative: what the company owed)
 * @param creditItems how the credit balance came about, with its running balance (ends at {@code credit})
 */
record CustomerAccount(long customerId, long customerNumber, String name, LocalDate asOf, BigDecimal balance,
        BigDecimal credit, BigDecimal net, List<Item> items, List<Movement> movements, List<CreditItem> creditItems) {

    enum Status { OPEN, CLOSED }

    /**
     * One invoice's receivable or one fee, as of the day.
     *
     * @param reference   the step that claimed a fee (e.g. REMINDER_1); null for an invoice
     * @param date        invoice date, or the day the fee was claimed
     * @param factored    sold to the factoring company
     * @param setOff      paid by setting the customer's credit balance off against it
     * @param daysOverdue days past the due date while something is open; 0 when nothing is, or not yet due
     * @param closedOn    the day the last of it was paid, credited or written off; null while open
     * @param reductions  what took it down by then, oldest first
     */
    record Item(long openItemId, String type, long invoiceNumber, String reference, LocalDate date,
            LocalDate dueDate, BigDecimal originalAmount, BigDecimal paid, BigDecimal credited, BigDecimal writtenOff,
            BigDecimal factored, BigDecimal setOff, BigDecimal openAmount, long daysOverdue, Status status, LocalDate closedOn,
            List<Reduction> reductions) {
    }

    /**
     * @param kind PAYMENT, CREDIT_NOTE, WRITE_OFF, FACTORING or SET_OFF; sourceId: the payment, credit note, case,
     *             invoice or set-off
     */
    record Reduction(LocalDate date, String kind, BigDecimal amount, long sourceId) {
    }

    /**
     * A line of the statement: debit raises what the customer owes, credit lowers it; {@code balance} runs after it.
     *
     * @param type INVOICE, REMINDER_FEE, CREDIT_NOTE, PAYMENT, WRITE_OFF, FACTORING, CREDIT_BALANCE (what a credit
     *             note credited beyond what was open), REFUND (debit) or SET_OFF (debit and credit alike: the credit
     *             used, the invoice paid)
     */
    record Movement(LocalDate date, String type, String text, long invoiceNumber, BigDecimal debit,
            BigDecimal credit, BigDecimal balance) {
    }

    /**
     * A change of the credit balance: {@code amount} positive raises it, negative uses it; {@code balance} runs after.
     *
     * @param type          OVERPAYMENT (paid beyond the items), CREDIT_NOTE (credited beyond what was open), REFUND
     *                      or SET_OFF
     * @param invoiceNumber the invoice paid, credited or set off against; 0 for a refund
     * @param sourceId      the payment, credit note or credit movement
     */
    record CreditItem(LocalDate date, String type, String text, long invoiceNumber, BigDecimal amount,
            BigDecimal balance, long sourceId) {
    }
}
