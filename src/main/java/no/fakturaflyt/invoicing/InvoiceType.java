package no.fakturaflyt.invoicing;

public enum InvoiceType {
    INVOICE, CREDIT_NOTE
}
