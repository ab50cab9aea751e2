package no.fakturaflyt.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV with the delimiter Excel chose (semicolon where the decimal separator is a comma, as in Norway; comma
 * otherwise), guessed from the header line: quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF.
 * Blank lines are skipped. A broken file is refused naming the line and column.
 */
final class CsvReader {

    /** One record and the line it starts on (1 = the header). */
    record Row(int line, List<String> fields) {
    }

    private CsvReader() {
    }

    static char delimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }

    static List<Row> read(String text, char delimiter, int maxRows) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int column = 1;
        int rowLine = 1;
        int quoteLine = 0;
        int quoteColumn = 0;
        boolean quoted = false;
        boolean afterQuote = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                throw new CsvFileException(line, column, "The file holds a NUL character: it is not a text file",
                        "imports.nul", line, column);
            }
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                        column++;
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    field.append(c);
                    if (c == '\n') {
                        line++;
                        column = 0;
                    }
                }
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue;
            } else if (c == '\n' || c == '\r') {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
                addRow(rows, rowLine, fields, maxRows);
                fields = new ArrayList<>();
                line++;
                column = 0;
                rowLine = line;
            } else if (c == '"') {
                if (field.length() > 0 || afterQuote) {
                    throw new CsvFileException(line, column, "A quote inside an unquoted field; a field holding "
                            + "quotes must be quoted and its quotes doubled (\"\")",
                            "imports.quoteInField", line, column);
                }
                quoted = true;
                quoteLine = line;
                quoteColumn = column;
            } else if (afterQuote) {
                throw new CsvFileException(line, column, "Text after the closing quote of a field; expected '"
                        + (delimiter == '\t' ? "\\t" : String.valueOf(delimiter)) + "' or the end of the line",
                        "imports.textAfterQuote", line, column, delimiter == '\t' ? "tabulator" : String.valueOf(delimiter));
            } else {
                field.append(c);
            }
            column++;
        }
        if (quoted) {
            throw new CsvFileException(quoteLine, quoteColumn, "The quote opened here is never closed",
                    "imports.unclosedQuote", quoteLine, quoteColumn);
        }
        if (field.length() > 0 || !fields.isEmpty() || afterQuote) {
            fields.add(field.toString());
            addRow(rows, rowLine, fields, maxRows);
        }
        return rows;
    }

    private static void addRow(List<Row> rows, int line, List<String> fields, int maxRows) {
        if (fields.size() == 1 && fields.get(0).isBlank()) {
            return;
        }
        if (rows.size() > maxRows) {
            throw new CsvFileException(line, 0, "More than " + maxRows + " rows; split the file",
                    "imports.tooManyRows", maxRows);
        }
        rows.add(new Row(line, List.copyOf(fields)));
    }
}
