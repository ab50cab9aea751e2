package no.fakturaflyt.ledger;

/** What moved the customer's credit balance, apart from payments that paid more than was open. */
public enum CreditMovementKind {
    /** A credit note credited more than was open on its invoice: the rest is the customer's (raises the credit). */
    CREDIT_NOTE,
    /** Paid back to the customer's bank account (uses the credit). */
    REFUND,
    /** Set off against another invoice of the customer, lowering what is open on it (uses the credit). */
    SET_OFF
}
