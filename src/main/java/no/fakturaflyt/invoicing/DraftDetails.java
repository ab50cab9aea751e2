package no.fakturaflyt.invoicing;

import java.time.LocalDate;

/**
 * The header fields of a draft that a clerk may set.
 *
 * @param invoiceDate the invoice date to post it with (e.g. the last day of the month the work was done); null posts
 *                    it with the day it is posted. Never in the future, never before an invoice already posted in its
 *                    series, so that numbers and dates run together.
 */
public record DraftDetails(LocalDate invoiceDate, LocalDate deliveryDate, String deliveryPlace, String buyerReference,
        String note) {
}
