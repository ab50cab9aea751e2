package no.fakturaflyt.common.web;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a line editor does with its rows: the non-empty ones become the API form's lines (empty rows are left out), so
 * an error of the API form's line {@code lines[i]} belongs to another row of the editor, which {@link #rowErrors}
 * tells.
 */
public final class LineRows {

    private static final Pattern LINE = Pattern.compile("^lines\\[(\\d+)](.*)$");

    private LineRows() {
    }

    /** The rows that are lines, each made into the API form's line. */
    public static <T> List<T> lines(List<LineRow> rows, Function<LineRow, T> toLine) {
        return rows.stream().filter(row -> !row.isEmpty()).map(toLine).toList();
    }

    /** Ensures one empty row at the end (after a save with errors, the rows stay as typed). */
    public static void withEmptyRow(List<LineRow> rows) {
        if (rows.isEmpty() || !rows.get(rows.size() - 1).isEmpty()) {
            rows.add(LineRow.empty());
        }
    }

    /** The API form's errors with each line's index turned into the editor's row. */
    public static FormErrors rowErrors(FormErrors errors, List<LineRow> rows) {
        return errors.renamed(field -> {
            Matcher line = LINE.matcher(field);
            return line.matches() ? "lines[" + rowOf(rows, Integer.parseInt(line.group(1))) + "]" + line.group(2)
                    : field;
        });
    }

    /** The editor's row of the API form's line {@code index}. */
    static int rowOf(List<LineRow> rows, int index) {
        int seen = -1;
        for (int row = 0; row < rows.size(); row++) {
            if (!rows.get(row).isEmpty() && ++seen == index) {
                return row;
            }
        }
        return index;
    }
}
