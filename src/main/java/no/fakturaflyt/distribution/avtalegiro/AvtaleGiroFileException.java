package no.fakturaflyt.distribution.avtalegiro;

/** An AvtaleGiro file that breaks the format, naming the line (1-based) at fault. */
public class AvtaleGiroFileException extends RuntimeException {

    private final int lineNumber;

    public AvtaleGiroFileException(int lineNumber, String problem) {
        super("Line " + lineNumber + ": " + problem);
        this.lineNumber = lineNumber;
    }

    public int getLineNumber() {
        return lineNumber;
    }
}
