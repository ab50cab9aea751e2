package no.fakturaflyt.invoicing;

/**
 * DRAFT: editable. APPROVED: a clerk pressed "invoice and send"; locked, waiting for its number.
 * POSTED: numbered and in the ledger; never changed or deleted again.
 */
public enum InvoiceStatus {
    DRAFT, APPROVED, POSTED
}
