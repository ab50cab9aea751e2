package no.fakturaflyt.dunning.interest;

/** What paid the invoice late, and so what an accrual's paymentId names. */
public enum PaidBy {
    /** A payment (bank file, registered by hand); paymentId is the payment's id. */
    PAYMENT,
    /** The customer's credit balance set off against the invoice; paymentId is the set-off's credit movement. */
    CREDIT_SET_OFF
}
