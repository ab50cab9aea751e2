package no.fakturaflyt.payment.bankfile;

/**
 * A bank file that cannot be booked, with where it went wrong (line number for OCR, element path for camt.054), so
 * that a clerk can tell the bank what is wrong with it. The whole file is rejected; nothing of it is booked.
 */
public class BankFileException extends RuntimeException {

    private final String location;

    public BankFileException(String location, String message) {
        super(location == null ? message : location + ": " + message);
        this.location = location;
    }

    public BankFileException(String location, String message, Throwable cause) {
        super(location == null ? message : location + ": " + message, cause);
        this.location = location;
    }

    /** "line 7", "Document/BkToCstmrDbtCdtNtfctn/Ntfctn[1]/Ntry[2]/Amt", or null for the file as a whole. */
    public String getLocation() {
        return location;
    }
}
