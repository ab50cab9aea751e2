package no.fakturaflyt.payment.bankfile;

/**
 * The frame every Nets file shares, whatever its assignments: the transmission start record (NY000010) first, the
 * transmission end record (NY000089) last, the end stating how many transactions and records the transmission holds
 * and their total in øre. Both readers check the start and the counts through this class; the OCR Giro reader checks
 * the end's total itself (signed or unsigned sums) and takes its date as informational.
 *
 * <pre>
 * Transmission start NY000010   9-16 data sender (Nets: 00008080)  17-23 transmission number  24-31 data recipient
 *                               32-80 zeros
 * Transmission end   NY000089   9-16 transactions  17-24 records incl. transmission start and end
 *                               25-41 total in øre  42-47 date  48-80 zeros
 * </pre>
 * Sources as in {@link OcrGiroLayout}; the same positions are in the AvtaleGiro agreements sample of
 * Mastercard Payment Services' "OCR specification for mandates" page.
 */
final class NetsTransmission {

    static final String SERVICE_NONE = "00";
    static final String TRANSMISSION_TYPE = "00";
    static final String START = "10";
    static final String END = "89";
    static final String START_CODE = "NY000010";
    static final String END_CODE = "NY000089";

    static final NetsField DATA_SENDER = new NetsField(9, 16, "data sender");
    static final NetsField TRANSMISSION_NUMBER = new NetsField(17, 23, "transmission number");
    static final NetsField DATA_RECIPIENT = new NetsField(24, 31, "data recipient");
    static final NetsField START_FILLER = new NetsField(32, 80, "filler");

    /** Also the positions of the counts and the total in the assignment end records. */
    static final NetsField TRANSACTION_COUNT = new NetsField(9, 16, "number of transactions");
    static final NetsField RECORD_COUNT = new NetsField(17, 24, "number of records");
    static final NetsField TOTAL_AMOUNT = new NetsField(25, 41, "total amount in øre");
    /**
     * Nets' date of the transmission (check: meaning not confirmed; [NETSGIRO] calls it "nets_date", the Mastercard
     * mandates sample leaves it 000000); read as a date or 000000, not compared.
     */
    static final NetsField DATE = new NetsField(42, 47, "date");
    static final NetsField END_FILLER = new NetsField(48, 80, "filler");

    private static final String START_RECORD = "transmission start record (NY000010)";
    private static final String END_RECORD = "transmission end record (NY000089)";

    private NetsTransmission() {
    }

    static boolean isStart(NetsRecord record) {
        return record.code().equals(START_CODE);
    }

    static boolean isEnd(NetsRecord record) {
        return record.code().equals(END_CODE);
    }

    /** What a transmission start record says: who sent it, its number, and to whom. */
    record Start(String dataSender, String number, String dataRecipient) {
    }

    /** Checks a transmission start record; answers its transmission number. */
    static String readStart(NetsRecord record) {
        return readStartRecord(record).number();
    }

    /** Checks a transmission start record; answers its data sender, transmission number and data recipient. */
    static Start readStartRecord(NetsRecord record) {
        String sender = record.digits(DATA_SENDER, START_RECORD);
        String number = record.digits(TRANSMISSION_NUMBER, START_RECORD);
        String recipient = record.digits(DATA_RECIPIENT, START_RECORD);
        record.zeros(START_FILLER, START_RECORD);
        return new Start(sender, number, recipient);
    }

    /** Checks a transmission end record against what the transmission held, this end record included. */
    static void readEnd(NetsRecord record, long transactions, long records, long totalInOre) {
        compare(record, END_RECORD, TRANSACTION_COUNT, transactions, "transactions were read");
        compare(record, END_RECORD, RECORD_COUNT, records, "records were read, start and end included");
        compare(record, END_RECORD, TOTAL_AMOUNT, totalInOre, "øre is the sum of the amounts read");
        record.dateOrNone(DATE, END_RECORD);
        record.zeros(END_FILLER, END_RECORD);
    }

    /** A control figure of an end record compared with what was counted: "expected ..., found ...". */
    static void compare(NetsRecord record, String recordName, NetsField field, long counted, String countedWhat) {
        long stated = record.number(field, recordName);
        if (stated != counted) {
            throw record.fault("the " + recordName + " states " + field.label() + " " + stated + ", but " + counted
                    + " " + countedWhat + " (expected " + counted + ", found " + stated + ")", "controlFigure",
                    NetsRecord.record(recordName), field.text(), String.valueOf(stated), String.valueOf(counted));
        }
    }
}
