package no.fakturaflyt.payment.bankfile;

/**
 * The record layouts of the Nets OCR Giro file (incoming payments with KID, service code 09) that
 * {@link OcrGiroReader} reads. Positions are 1-based and inclusive, as Nets numbers them.
 *
 * <p>Sources, read 2025 and 2026:
 * <ul>
 * <li>[MANUAL] Nets, "System spesification OCR giro" (the English "OCR giro - System manual", version 2.0 of
 * 11.08.03), as carried in otovo/python-netsgiro, references/OCR giro - System manual.pdf: the record layouts
 * (chapter 2), and in chapter 4 "Approved, processed transactions" an example transmission of 20 transactions, which
 * {@code src/test/resources/bankfile/nets-ocr-giro-manual-example.txt} transcribes record by record.</li>
 * <li>[NETSGIRO] otovo/python-netsgiro, netsgiro/records.py: one regular expression per record giving every field's
 * width, written from Nets' "OCR giro - System manual"; and tests/data/ocr_giro_transactions.txt, a file of 20
 * payments (types 10-13 and 21, one with an amount item 3) whose every line these positions reproduce.</li>
 * <li>[PUZZEL] PuzzelSolutions/Puzzel-Pay, report_ocr.md: a field table of the same five records written from the
 * Nets system manual, with field names and the rule that the control totals are the absolute sum of the
 * transactions ("reversals are not deducted").</li>
 * <li>norway.md §8: positions 16-21, 33-49, 50-74 of amount item 1, 26-34 of amount item 2; types 18 and 20 are
 * reversals.</li>
 * </ul>
 * Every field below is read as [MANUAL] chapter 2 describes it; where a real file or the manual's own example
 * departs from the text, the comment says so.
 *
 * <pre>
 * Transmission start NY000010   see NetsTransmission
 * Assignment start   NY090020   9-17 agreement id  18-24 assignment number  25-35 assignment account  36-80 zeros
 * Amount item 1      NY09tt30   9-15 transaction number  16-21 settlement date  22-23 centre id  24-25 day code
 *                               26 partial settlement number  27-31 serial number  32 sign  33-49 amount in øre
 *                               50-74 KID (right-aligned, blank-filled)  75-80 zeros
 * Amount item 2      NY09tt31   9-15 transaction number  16-25 form number  26-34 archive reference
 *                               35-41 (filler per spec, carries digits in real files)  42-47 bank date
 *                               48-58 debited account  59-80 zeros
 * Amount item 3      NY09tt32   9-15 transaction number  16-55 free text  56-80 zeros
 * Assignment end     NY090088   9-16 transactions  17-24 records incl. start and end  25-41 total in øre
 *                               42-47 settlement date  48-53 first settlement date  54-59 last settlement date
 *                               60-80 zeros
 * Transmission end   NY000089   see NetsTransmission
 * </pre>
 */
final class OcrGiroLayout {

    static final String SERVICE_OCR_GIRO = "09";
    /** Assignment type of an OCR Giro assignment (positions 5-6 of records 20 and 88). */
    static final String ASSIGNMENT_TYPE = "00";

    static final String ASSIGNMENT_START = "20";
    static final String AMOUNT_ITEM_1 = "30";
    static final String AMOUNT_ITEM_2 = "31";
    static final String AMOUNT_ITEM_3 = "32";
    static final String ASSIGNMENT_END = "88";

    /** Transaction types (positions 5-6 of records 30-32): 10 giro debited account ... 21 purchase with text. */
    static final int FIRST_TRANSACTION_TYPE = 10;
    static final int LAST_TRANSACTION_TYPE = 21;

    // Assignment start
    static final NetsField AGREEMENT_ID = new NetsField(9, 17, "agreement id");
    static final NetsField ASSIGNMENT_NUMBER = new NetsField(18, 24, "assignment number");
    static final NetsField ASSIGNMENT_ACCOUNT = new NetsField(25, 35, "assignment account");
    static final NetsField ASSIGNMENT_START_FILLER = new NetsField(36, 80, "filler");

    // Amount items 1-3
    static final NetsField TRANSACTION_NUMBER = new NetsField(9, 15, "transaction number");
    static final NetsField SETTLEMENT_DATE = new NetsField(16, 21, "settlement date");
    /** [MANUAL] field 7: the first two digits of the bank data centre's number. */
    static final NetsField CENTRE_ID = new NetsField(22, 23, "centre id");
    /** [MANUAL] field 8: the day of the month the transaction was processed, 01-31. */
    static final NetsField DAY_CODE = new NetsField(24, 25, "day code");
    /** [MANUAL] field 9: the partial settlement the transaction was processed in; 0 for types 18-21. */
    static final NetsField PARTIAL_SETTLEMENT_NUMBER = new NetsField(26, 26, "partial settlement number");
    /** [MANUAL] field 10: serial number within the partial settlement (one sum per serial number on the statement). */
    static final NetsField SERIAL_NUMBER = new NetsField(27, 31, "serial number");
    /**
     * '0', or '-' for a negative transaction ([MANUAL] field 11: '-' when the payee's agreement lets it take credit
     * notes electronically). A negative transaction is never a payment: it is read as a reversal of the amount.
     */
    static final NetsField SIGN = new NetsField(32, 32, "sign");
    static final char NEGATIVE = '-';
    static final NetsField AMOUNT = new NetsField(33, 49, "amount");
    static final NetsField KID = new NetsField(50, 74, "KID");
    static final NetsField ITEM_1_FILLER = new NetsField(75, 80, "filler");

    /** [MANUAL] field 6: the giro's form number, the form type and zeros for standing orders, else zeros. */
    static final NetsField FORM_NUMBER = new NetsField(16, 25, "form number");
    /**
     * [MANUAL] field 7 "agreement id / archive reference": the payer's agreement id for direct remittance, the archive
     * reference of the input for terminal giro and standing orders, Nets' archive reference for forms, BAX and session
     * number for types 18-21. Not unique: the manual's own example repeats 001020169 (transactions 9 and 12), so it is
     * kept as the bank's reference, never as the transaction's identity.
     */
    static final NetsField ARCHIVE_REFERENCE = new NetsField(26, 34, "archive reference");
    /**
     * A filler of zeros per [MANUAL] field 8, but the manual's own example carries digits there (1883206), so it is
     * not checked.
     */
    static final NetsField ITEM_2_UNUSED = new NetsField(35, 41, "unused");
    /** DDMMYY, 000000 for none (the manual's example has 000000 for direct remittance and terminal giro). Informational. */
    static final NetsField BANK_DATE = new NetsField(42, 47, "bank date");
    /** Eleven digits, all zeros when unknown ([PUZZEL]). */
    static final NetsField DEBITED_ACCOUNT = new NetsField(48, 58, "debited account");
    static final NetsField ITEM_2_FILLER = new NetsField(59, 80, "filler");

    /** [MANUAL]: only for types 20 and 21; accepted after any type. */
    static final NetsField FREE_TEXT = new NetsField(16, 55, "free text");
    static final NetsField ITEM_3_FILLER = new NetsField(56, 80, "filler");

    // Assignment end (positions 9-41 as in the transmission end, see NetsTransmission)
    /** [MANUAL] "the date when the assignment was generated in Nets". Informational: not compared. */
    static final NetsField ASSIGNMENT_DATE = new NetsField(42, 47, "settlement date");
    /**
     * [MANUAL] the earliest and latest Nets (settlement) date of the assignment's transactions. Informational: some
     * providers write something else here (e.g. the transaction date + 7 days as the last date), so a difference is a
     * warning on the import, never a reason to refuse the file.
     */
    static final NetsField FIRST_SETTLEMENT_DATE = new NetsField(48, 53, "first settlement date");
    static final NetsField LAST_SETTLEMENT_DATE = new NetsField(54, 59, "last settlement date");
    static final NetsField ASSIGNMENT_END_FILLER = new NetsField(60, 80, "filler");

    private OcrGiroLayout() {
    }
}
