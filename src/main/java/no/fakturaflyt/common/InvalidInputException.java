package no.fakturaflyt.common;

/** Input that breaks a business rule, naming the field at fault: answered with 400. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String getField() {
        return field;
    }
}
