package no.fakturaflyt.payment.bankfile;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A bank file that cannot be read, naming where. The message is the API's (English); with a code, the screens say it
 * in their language from {@code messages/errors.properties} ({@code bankFiles.fault.*}), "Linje 7: …" before it.
 * Arguments may be texts of their own (a field's or a record's name, {@link #label}), resolved in the same language.
 */
public class BankFileException extends RuntimeException implements MessageSourceResolvable {

    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    private final String location;
    private final String code;
    private final transient Object[] arguments;

    public BankFileException(String location, String message) {
        this(location, message, (String) null);
    }

    public BankFileException(String location, String message, Throwable cause) {
        super(location == null ? message : location + ": " + message, cause);
        this.location = location;
        this.code = null;
        this.arguments = new Object[0];
    }

    /** With the code of the screens' text and its arguments {0}, {1}, … (numbers as text: written as they are). */
    public BankFileException(String location, String message, String code, Object... arguments) {
        super(location == null ? message : location + ": " + message);
        this.location = location;
        this.code = code;
        this.arguments = arguments;
    }

    /** As {@link #BankFileException(String, String, String, Object...)}, keeping the cause. */
    BankFileException(String location, String message, Throwable cause, String code, Object... arguments) {
        super(location == null ? message : location + ": " + message, cause);
        this.location = location;
        this.code = code;
        this.arguments = arguments;
    }

    /** "line 7", "Document/BkToCstmrDbtCdtNtfctn/Ntfctn[1]/Ntry[2]/Amt", or null for the file as a whole. */
    public String getLocation() {
        return location;
    }

    /** A name of the file format's (a field, a record) as a text of the screens: {@code bankFiles.name.<key>}. */
    static MessageSourceResolvable label(String key, String english, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] {"bankFiles.name." + key}, arguments, english);
    }

    /** Where and what, in the screens' words: {@code bankFiles.at} with the location and the fault's own text. */
    @Override
    public String[] getCodes() {
        return new String[] {location == null ? "bankFiles.whole" : "bankFiles.at"};
    }

    @Override
    public Object[] getArguments() {
        MessageSourceResolvable fault = code == null
                ? new DefaultMessageSourceResolvable(new String[] {"bankFiles.fault.unexplained"}, null,
                        location == null ? getMessage() : getMessage().substring(location.length() + 2))
                : new DefaultMessageSourceResolvable(new String[] {"bankFiles.fault." + code}, arguments,
                        getMessage());
        if (location == null) {
            return new Object[] {fault};
        }
        Matcher line = LINE.matcher(location);
        Object where = line.matches()
                ? new DefaultMessageSourceResolvable(new String[] {"bankFiles.line"}, new Object[] {line.group(1)},
                        location)
                : location;
        return new Object[] {where, fault};
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }

    @Override
    public String toString() {
        return getClass().getName() + ": " + getMessage() + (code == null ? "" : " [" + code + " "
                + Arrays.toString(arguments) + "]");
    }
}
