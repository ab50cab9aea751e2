package no.fakturaflyt.customer.register;

/** Enhetsregisteret could not be asked (down, too slow, an answer we cannot read): answered with 503. */
public class BusinessRegisterUnavailableException extends RuntimeException {

    public BusinessRegisterUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
