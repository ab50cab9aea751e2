package no.fakturaflyt.imports;

import no.fakturaflyt.common.Refusal;

/**
 * A file that cannot be read as CSV at all, naming where: answered with a 400 problem naming {@code file}. The
 * screens show the text of its code, or {@code imports.unreadable} with the English message for a reason without one.
 */
class CsvFileException extends Refusal {

    private final int line;
    private final int column;

    CsvFileException(int line, int column, String message) {
        this(line, column, message, null);
    }

    CsvFileException(int line, int column, String message, String code, Object... arguments) {
        super((line > 0 ? "Line " + line + (column > 0 ? ", column " + column : "") + ": " : "") + message, code,
                arguments);
        this.line = line;
        this.column = column;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    @Override
    public String[] getCodes() {
        return super.getCodes() == null ? new String[] {"imports.unreadable"} : super.getCodes();
    }

    @Override
    public Object[] getArguments() {
        return super.getCodes() == null ? new Object[] {getMessage()} : super.getArguments();
    }
}
