package no.fakturaflyt.ledger;

/** What the ledger does with a voucher dated in a closed period (docs/how-it-works.md, "Fiscal years and periods"). */
public enum PostingDateRule {

    /**
     * The date is that of a document the company issues now (an invoice, a credit note, a reminder fee, a write-off):
     * it cannot be issued into a closed period, so the posting is refused (409).
     */
    OWN_DOCUMENT,

    /**
     * The date is that of a document from outside that arrives late (a bank statement's payment, a reversal, the
     * factor's transfer): it is booked on the first day of the first open period after it, keeping its own date as
     * the document date.
     */
    FIRST_OPEN_PERIOD
}
