package no.fakturaflyt.ledger;

/** What an open item in the customer's account is: an invoice's receivable, or a fee a reminder or notice added. */
public enum OpenItemType {
    /** The invoice's own receivable: one per posted invoice. */
    INVOICE,
    /** The fee of a reminder or collection notice (debit 1500, credit 3900), its own item next to the invoice's. */
    REMINDER_FEE
}
