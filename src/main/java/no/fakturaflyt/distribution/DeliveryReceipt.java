package no.fakturaflyt.distribution;

/** What a channel reports after handing over a document: to whom, and the provider's reference (message id). */
public record DeliveryReceipt(String recipient, String providerReference) {
}
