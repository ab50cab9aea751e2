package no.fakturaflyt.common;

import java.util.Map;

/** The request is well-formed but clashes with the state of the resource (e.g. editing a posted invoice): 409. */
public class ConflictException extends RuntimeException {

    private final Map<String, Object> properties;

    public ConflictException(String message) {
        this(message, Map.of());
    }

    /** With figures a client may act on (e.g. the sum and the threshold), added to the problem details as they are. */
    public ConflictException(String message, Map<String, Object> properties) {
        super(message);
        this.properties = Map.copyOf(properties);
    }

    public Map<String, Object> getProperties() {
        return properties;
    }
}
