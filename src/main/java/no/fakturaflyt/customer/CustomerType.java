package no.fakturaflyt.customer;

/** A business (with an organisation number) or a private person (a consumer). */
public enum CustomerType {
    BUSINESS, PERSON
}
