package no.fakturaflyt.dunning;

/**
 * Whom the claim is against, as the payment follow-up's law sees it: a consumer or a business. Kept here rather
 * than taken from {@code customer.CustomerType} so the legal rules depend on no other module; the caller maps
 * {@code PERSON} to {@code CONSUMER}.
 */
public enum DebtorType {
    CONSUMER, BUSINESS
}
