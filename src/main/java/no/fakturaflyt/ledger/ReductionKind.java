package no.fakturaflyt.ledger;

/** Why an open item went down: the customer's account shows each kind as its own movement. */
public enum ReductionKind {
    /** Part of a payment, dated by the day it was paid. */
    PAYMENT,
    /** A credit note on the invoice, dated by the credit note's invoice date. */
    CREDIT_NOTE,
    /** Booked as a loss, dated by the loss voucher. */
    WRITE_OFF,
    /** The receivable sold to the factoring company, dated by the sale's voucher. */
    FACTORING,
    /** The customer's credit balance set off against the item, dated by the set-off. */
    SET_OFF
}
