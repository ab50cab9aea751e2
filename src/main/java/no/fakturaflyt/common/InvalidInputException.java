package no.fakturaflyt.common;

/** Input that breaks a business rule, naming the field at fault: answered with 400. */
public class InvalidInputException extends Refusal {

    private final String field;

    public InvalidInputException(String field, String message) {
        this(field, message, null);
    }

    /** With the code of the screens' text ({@code messages/errors.properties}) and its arguments {0}, {1}, …. */
    public InvalidInputException(String field, String message, String code, Object... arguments) {
        super(message, code, arguments);
        this.field = field;
    }

    public String getField() {
        return field;
    }
}
