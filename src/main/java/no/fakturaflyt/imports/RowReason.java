package no.fakturaflyt.imports;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;

/**
 * Why a row is refused: the column it concerns (or none), the code of the screens' text with its arguments, and the
 * API's English. Stored with the row ({@code import_row.reason_codes}) so a bokmål page can say it in bokmål.
 */
record RowReason(String field, List<String> codes, List<Object> arguments, String english)
        implements MessageSourceResolvable {

    static RowReason of(String field, String code, String english, Object... arguments) {
        return new RowReason(field, code == null ? List.of() : List.of(code), storable(arguments), english);
    }

    static RowReason of(String field, String[] codes, Object[] arguments, String english) {
        return new RowReason(field, codes == null ? List.of() : List.of(codes), storable(arguments), english);
    }

    /** A reason stored before codes were (its English line as it is). */
    static RowReason plain(String line) {
        return new RowReason(null, List.of(), List.of(), line);
    }

    /** The API's line: "column: what is wrong". */
    String line() {
        return field == null ? english : field + ": " + english;
    }

    @Override
    public String[] getCodes() {
        return codes.isEmpty() ? null : codes.toArray(String[]::new);
    }

    @Override
    public Object[] getArguments() {
        return arguments.toArray();
    }

    @Override
    public String getDefaultMessage() {
        return english;
    }

    /** Whole numbers stay numbers; everything else is kept as its text (JSON round trip). */
    private static List<Object> storable(Object[] arguments) {
        return arguments == null ? List.of() : Arrays.stream(arguments)
                .map(a -> a == null ? "" : a instanceof BigDecimal amount ? amount.toPlainString()
                        : a instanceof Integer || a instanceof Long ? a : a.toString())
                .toList();
    }
}
