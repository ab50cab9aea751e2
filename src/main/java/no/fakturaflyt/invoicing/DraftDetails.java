package no.fakturaflyt.invoicing;

import java.time.LocalDate;

/** The header fields of a draft that a clerk may set. */
public record DraftDetails(LocalDate deliveryDate, String deliveryPlace, String buyerReference, String note) {
}
