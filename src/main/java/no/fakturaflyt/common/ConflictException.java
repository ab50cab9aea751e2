package no.fakturaflyt.common;

import java.util.Map;

/** The request is well-formed but clashes with the state of the resource (e.g. editing a posted invoice): 409. */
public class ConflictException extends Refusal {

    private final Map<String, Object> properties;

    public ConflictException(String message) {
        this(message, Map.of());
    }

    /** With figures a client may act on (e.g. the sum and the threshold), added to the problem details as they are. */
    public ConflictException(String message, Map<String, Object> properties) {
        this(message, properties, null);
    }

    /** With the code of the screens' text ({@code messages/errors.properties}) and its arguments {0}, {1}, …. */
    public ConflictException(String message, String code, Object... arguments) {
        this(message, Map.of(), code, arguments);
    }

    /** With figures for the API's problem and the code of the screens' text. */
    public ConflictException(String message, Map<String, Object> properties, String code, Object... arguments) {
        super(message, code, arguments);
        this.properties = Map.copyOf(properties);
    }

    public Map<String, Object> getProperties() {
        return properties;
    }
}
