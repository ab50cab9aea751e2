package no.fakturaflyt.common;

/** The request is well-formed but clashes with the state of the resource (e.g. editing a posted invoice): 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
