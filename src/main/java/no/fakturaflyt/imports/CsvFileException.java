package no.fakturaflyt.imports;

/** A file that cannot be read as CSV at all, naming where: answered with a 400 problem naming {@code file}. */
class CsvFileException extends RuntimeException {

    private final int line;
    private final int column;

    CsvFileException(int line, int column, String message) {
        super((line > 0 ? "Line " + line + (column > 0 ? ", column " + column : "") + ": " : "") + message);
        this.line = line;
        this.column = column;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }
}
