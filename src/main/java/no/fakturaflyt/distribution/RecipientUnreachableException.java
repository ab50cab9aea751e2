package no.fakturaflyt.distribution;

/** The channel cannot reach this recipient at all (no address, address refused): retrying will not help. */
public class RecipientUnreachableException extends RuntimeException {

    public RecipientUnreachableException(String message) {
        super(message);
    }
}
