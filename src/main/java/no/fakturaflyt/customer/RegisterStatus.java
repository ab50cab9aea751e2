package no.fakturaflyt.customer;

/**
 * What Enhetsregisteret (the Central Coordinating Register for Legal Entities) last said about a business customer.
 * BANKRUPT ({@code konkurs}), IN_LIQUIDATION ({@code underAvvikling} or compulsory dissolution) and DELETED
 * ({@code slettedato}, or the register answers that the entity was removed) are flagged on the customer and on its
 * new drafts; NOT_FOUND: the register does not know the number.
 */
public enum RegisterStatus {
    ACTIVE, BANKRUPT, IN_LIQUIDATION, DELETED, NOT_FOUND;

    /** Whether invoicing this customer deserves a warning. */
    public boolean flagged() {
        return this != ACTIVE;
    }

    /** The warning a clerk sees, or null for an active entity. */
    public String warning(String orgNumber) {
        return switch (this) {
            case ACTIVE -> null;
            case BANKRUPT -> "Enhetsregisteret reports " + orgNumber + " as bankrupt (konkurs): claims go to the estate";
            case IN_LIQUIDATION -> "Enhetsregisteret reports " + orgNumber + " as being wound up (under avvikling)";
            case DELETED -> "Enhetsregisteret reports " + orgNumber + " as deleted: the business no longer exists";
            case NOT_FOUND -> "Enhetsregisteret does not know the organisation number " + orgNumber;
        };
    }
}
