package no.fakturaflyt.payment.bankfile;

/** Reads one bank file format, whole and validated, or rejects it with where it went wrong. */
public interface BankFileReader {

    BankFile.Format format();

    /** Whether the file looks like this format at all (its first bytes), before reading it. */
    boolean recognises(byte[] file);

    /** @throws BankFileException when any part of the file is wrong: nothing of it may be booked then */
    BankFile read(byte[] file);
}
