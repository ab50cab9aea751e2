package no.fakturaflyt.document;

import java.util.List;

/**
 * How the interest lines of an interest note (rentenota) were computed, for the document to print: supplied by the
 * module that accrues late-payment interest, which knows the principal, the days and the rates.
 */
public interface InterestNoteDetails {

    /** The stretches of interest the interest note (an invoice) bills, in the order of its lines; empty if none. */
    List<InvoiceDocument.InterestPeriod> periodsOf(long interestNoteInvoiceId);
}
