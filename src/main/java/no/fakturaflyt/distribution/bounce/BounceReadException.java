package no.fakturaflyt.distribution.bounce;

/** The bounce mailbox could not be reached or read; worth trying again at the next poll. */
public class BounceReadException extends RuntimeException {

    public BounceReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
