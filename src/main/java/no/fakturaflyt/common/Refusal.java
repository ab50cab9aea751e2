package no.fakturaflyt.common;

import org.springframework.context.MessageSourceResolvable;

/**
 * A refusal of the input or of the state it meets. Its message is the API's (English); with a code, the screens show
 * the text of that code from their message bundles ({@code messages/errors.properties}) in their language, with the
 * arguments {0}, {1}, …; without one, the message as it is.
 */
public abstract class Refusal extends RuntimeException implements MessageSourceResolvable {

    private final String code;
    private final transient Object[] arguments;

    protected Refusal(String message, String code, Object... arguments) {
        super(message);
        this.code = code;
        this.arguments = arguments;
    }

    @Override
    public String[] getCodes() {
        return code == null ? null : new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return arguments;
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }
}
