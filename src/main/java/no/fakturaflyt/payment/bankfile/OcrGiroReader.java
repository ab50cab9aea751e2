package no.fakturaflyt.payment.bankfile;

import static no.fakturaflyt.payment.bankfile.OcrGiroLayout.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import no.fakturaflyt.common.OsloClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Reads a Nets OCR Giro file (incoming payments with KID; layout in {@link OcrGiroLayout}) into a {@link BankFile}.
 *
 * <p>Strict on purpose: money is booked from what it returns, so the whole file is checked before anything is
 * returned, and the first problem rejects the file with a {@link BankFileException} naming the line. Checked are the
 * record length, the record codes, the order of the records (transmission start, assignments of amount items
 * 1 + 2 [+ 3] between their start and end records, transmission end, nothing after it), digits and dates where the
 * format has them, fillers, and every control figure of the assignment and transmission end records (number of
 * transactions, of records, total in øre) against what was read. The totals are accepted as the signed sum (a
 * negative transaction deducted) or as the sum of the amounts without their signs (the manual: "the sum of all the
 * transactions (field 12 in amount item 1)", reversals added, not deducted); nothing else.
 *
 * <p>What moves no money is informational: an assignment's first and last settlement date that differ from its
 * transactions', a bank date or a Nets date that is no date, become warnings on the file, not a refusal.
 *
 * <p>Each transaction's {@code reference} is its identity, which the format guarantees unique: data sender,
 * transmission number, assignment number (numbered per transmission) and transaction number (numbered per
 * assignment), "OCR/00008080/0170031/0000002/0000001". A transaction number or an assignment number given twice is
 * refused, as it would make two payments one. The archive reference (amount item 2, positions 26-34) is not unique
 * and is kept as the bank's reference only.
 *
 * <p>Dates are DDMMYY; the century is chosen around today (see {@link TwoDigitYears}).
 */
@Component
class OcrGiroReader implements BankFileReader {

    /** Transaction types 18 (reversal with KID) and 20 (reversal with text) take back an earlier payment. */
    static final Set<String> REVERSAL_TYPES = Set.of("18", "20");
    /** The first part of every OCR transaction's reference. */
    static final String REFERENCE_PREFIX = "OCR/";

    private final Supplier<LocalDate> today;

    @Autowired
    OcrGiroReader(OsloClock clock) {
        this(clock::today);
    }

    /** A reader whose two-digit years are windowed around the given day. */
    OcrGiroReader(Supplier<LocalDate> today) {
        this.today = today;
    }

    /** The reference of transaction {@code transaction} of assignment {@code assignment} of a transmission. */
    static String reference(String dataSender, String transmission, String assignment, String transaction) {
        return REFERENCE_PREFIX + dataSender + "/" + transmission + "/" + assignment + "/" + transaction;
    }

    @Override
    public BankFile.Format format() {
        return BankFile.Format.OCR;
    }

    /** A Nets transmission starts with its start record, NY000010. */
    @Override
    public boolean recognises(byte[] file) {
        return file.length >= 8 && new String(file, 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1)
                .equals("NY000010");
    }

    @Override
    public BankFile read(byte[] file) {
        return new Reading(NetsRecord.split(file), TwoDigitYears.around(today.get())).read();
    }

    /** One pass over the records; its fields are what has been read so far. */
    private static final class Reading {

        private static final String ASSIGNMENT_START_RECORD = "assignment start record (NY090020)";
        private static final String ASSIGNMENT_END_RECORD = "assignment end record (NY090088)";

        private final List<NetsRecord> records;
        private final TwoDigitYears years;
        private final List<BankTransaction> transactions = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private final Map<String, Integer> assignmentLines = new HashMap<>();

        private NetsTransmission.Start start;
        private String transmissionNumber;
        private boolean transmissionEnded;
        private long transmissionTransactions;
        private long transmissionRecords;
        private final Totals transmissionTotals = new Totals();
        private long statedTransmissionTotal;

        private Assignment assignment;
        private Pending pending;

        Reading(List<NetsRecord> records, TwoDigitYears years) {
            this.records = records;
            this.years = years;
        }

        BankFile read() {
            for (NetsRecord record : records) {
                if (transmissionEnded) {
                    throw record.fault("a record after the transmission end record (NY000089); nothing may follow it",
                            "afterEnd");
                }
                transmissionRecords++;
                if (transmissionNumber == null) {
                    if (!NetsTransmission.isStart(record)) {
                        throw record.fault("expected the transmission start record (NY000010), found '"
                                + record.code() + "'", "expectedStart", record.code());
                    }
                    start = NetsTransmission.readStartRecord(record);
                    transmissionNumber = start.number();
                    continue;
                }
                accept(record);
            }
            if (!transmissionEnded) {
                NetsRecord last = records.get(records.size() - 1);
                throw new BankFileException("line " + (last.lineNumber() + 1), "the file ends after line "
                        + last.lineNumber() + " without " + (assignment != null
                                ? "the assignment end record (NY090088) of the assignment started on line "
                                        + assignment.startLine + ", nor a transmission end record (NY000089)"
                                : "the transmission end record (NY000089)"),
                        assignment != null ? "endsInAssignment" : "endsWithoutEnd",
                        String.valueOf(last.lineNumber()), assignment == null ? "" : String.valueOf(assignment.startLine));
            }
            return new BankFile(BankFile.Format.OCR, transmissionNumber, transactions,
                    BigDecimal.valueOf(statedTransmissionTotal, 2), warnings, List.of());
        }

        private void accept(NetsRecord record) {
            if (NetsTransmission.isEnd(record)) {
                expectNoOpenAssignment(record, "the transmission end record (NY000089)");
                transmissionEnd(record);
                transmissionEnded = true;
                return;
            }
            if (!record.serviceCode().equals(SERVICE_OCR_GIRO)) {
                throw record.fault(unknownService(record), record.serviceCode().equals("21") ? "avtaleGiroInOcr"
                        : "unknownService", record.code(), record.serviceCode());
            }
            switch (record.recordType()) {
                case ASSIGNMENT_START -> assignmentStart(record);
                case AMOUNT_ITEM_1 -> amountItem1(record);
                case AMOUNT_ITEM_2 -> amountItem2(record);
                case AMOUNT_ITEM_3 -> amountItem3(record);
                case ASSIGNMENT_END -> assignmentEnd(record);
                default -> throw record.fault("unknown record type '" + record.recordType() + "' in '" + record.code()
                        + "'; an OCR Giro file has record types 10, 20, 30, 31, 32, 88 and 89", "unknownRecordType",
                        record.recordType(), record.code());
            }
        }

        private static String unknownService(NetsRecord record) {
            if (record.serviceCode().equals("21")) {
                return "'" + record.code() + "' is an AvtaleGiro record (service code 21), not OCR Giro (service "
                        + "code 09); an AvtaleGiro agreements file is read by POST /api/bank-files/avtalegiro-agreements";
            }
            return "unknown service code '" + record.serviceCode() + "' in '" + record.code()
                    + "'; an OCR Giro file has service code 09 (00 in the transmission records)";
        }

        private void assignmentStart(NetsRecord record) {
            expectNoOpenAssignment(record, "an " + ASSIGNMENT_START_RECORD);
            assignmentType(record, ASSIGNMENT_START_RECORD);
            record.digits(AGREEMENT_ID, ASSIGNMENT_START_RECORD);
            String number = record.digits(ASSIGNMENT_NUMBER, ASSIGNMENT_START_RECORD);
            record.digits(ASSIGNMENT_ACCOUNT, ASSIGNMENT_START_RECORD);
            record.zeros(ASSIGNMENT_START_FILLER, ASSIGNMENT_START_RECORD);
            Integer earlier = assignmentLines.putIfAbsent(number, record.lineNumber());
            if (earlier != null) {
                throw record.fault("assignment number " + number + " was already given on line " + earlier
                        + "; the manual numbers assignments within a transmission, and two with one number would "
                        + "make their transactions one", "assignmentNumberTwice", number, String.valueOf(earlier));
            }
            assignment = new Assignment(record.lineNumber(), number);
        }

        private void amountItem1(NetsRecord record) {
            String name = "amount item 1 (NY09tt30)";
            requireAssignment(record, name);
            closePending(record, name);
            String type = transactionType(record, name);
            String number = record.digits(TRANSACTION_NUMBER, name);
            if (!assignment.transactionNumbers.add(number)) {
                throw record.fault("transaction number " + number + " appears twice in the assignment started on line "
                        + assignment.startLine, "transactionTwice", number, String.valueOf(assignment.startLine));
            }
            LocalDate settled = record.date(SETTLEMENT_DATE, name, years);
            record.digits(CENTRE_ID, name);
            record.digits(DAY_CODE, name);
            record.digits(PARTIAL_SETTLEMENT_NUMBER, name);
            record.digits(SERIAL_NUMBER, name);
            boolean negative = record.oneOf(SIGN, "0" + NEGATIVE, name) == NEGATIVE;
            long amount = record.number(AMOUNT, name);
            if (amount == 0) {
                throw record.fault("the " + AMOUNT.label() + " of transaction " + number + " is zero", "zeroAmount",
                        AMOUNT.text(), number);
            }
            String kid = record.kid(KID, name);
            record.zeros(ITEM_1_FILLER, name);

            assignment.add(amount, negative, settled, record);
            transmissionTransactions++;
            transmissionTotals.add(record, amount, negative);
            pending = new Pending(record, type, number, settled, amount, negative, kid);
        }

        private void amountItem2(NetsRecord record) {
            String name = "amount item 2 (NY09tt31)";
            if (pending == null || pending.archiveReference != null) {
                throw record.fault("an " + name + " without the amount item 1 (NY09tt30) it belongs to; expected "
                        + expectedNext(), "item2WithoutItem1", NetsRecord.record(name), expectedNextText());
            }
            sameTransaction(record, name);
            record.digits(FORM_NUMBER, name);
            String archiveReference = record.digits(ARCHIVE_REFERENCE, name);
            informationalDate(record, BANK_DATE, name);
            String account = record.digits(DEBITED_ACCOUNT, name);
            record.zeros(ITEM_2_FILLER, name);

            pending.archiveReference = archiveReference;
            pending.account = account.chars().allMatch(c -> c == '0') ? null : account;
            assignment.records++;
        }

        private void amountItem3(NetsRecord record) {
            String name = "amount item 3 (NY09tt32)";
            if (pending == null || pending.archiveReference == null || pending.hasItem3) {
                throw record.fault("an " + name + " where it cannot stand; expected " + expectedNext(), "outOfPlace",
                        NetsRecord.record(name), expectedNextText());
            }
            sameTransaction(record, name);
            pending.text = record.text(FREE_TEXT);
            record.zeros(ITEM_3_FILLER, name);
            pending.hasItem3 = true;
            assignment.records++;
        }

        private void assignmentEnd(NetsRecord record) {
            requireAssignment(record, ASSIGNMENT_END_RECORD);
            closePending(record, ASSIGNMENT_END_RECORD);
            assignmentType(record, ASSIGNMENT_END_RECORD);
            assignment.records++;
            String counted = " in the assignment started on line " + assignment.startLine;
            NetsTransmission.compare(record, ASSIGNMENT_END_RECORD, NetsTransmission.TRANSACTION_COUNT,
                    assignment.transactions, "transactions were read" + counted);
            NetsTransmission.compare(record, ASSIGNMENT_END_RECORD, NetsTransmission.RECORD_COUNT,
                    assignment.records, "records were read" + counted + ", start and end included");
            assignment.totals.check(record, ASSIGNMENT_END_RECORD, counted);
            informationalDate(record, ASSIGNMENT_DATE, ASSIGNMENT_END_RECORD);
            informationalDate(record, FIRST_SETTLEMENT_DATE, ASSIGNMENT_END_RECORD, assignment.first,
                    "the earliest settlement date of its transactions");
            informationalDate(record, LAST_SETTLEMENT_DATE, ASSIGNMENT_END_RECORD, assignment.last,
                    "the latest settlement date of its transactions");
            record.zeros(ASSIGNMENT_END_FILLER, ASSIGNMENT_END_RECORD);
            assignment = null;
        }

        private void transmissionEnd(NetsRecord record) {
            String name = "transmission end record (NY000089)";
            NetsTransmission.compare(record, name, NetsTransmission.TRANSACTION_COUNT, transmissionTransactions,
                    "transactions were read");
            NetsTransmission.compare(record, name, NetsTransmission.RECORD_COUNT, transmissionRecords,
                    "records were read, start and end included");
            statedTransmissionTotal = transmissionTotals.check(record, name, "");
            informationalDate(record, NetsTransmission.DATE, name);
            record.zeros(NetsTransmission.END_FILLER, name);
        }

        /** A date that moves no money: 000000, a date, or a warning saying what stands there instead. */
        private LocalDate informationalDate(NetsRecord record, NetsField field, String recordName) {
            String raw = record.raw(field);
            if (raw.equals("000000")) {
                return null;
            }
            LocalDate date = years.date(raw);
            if (date == null) {
                warn(record, "the " + field.label() + " of the " + recordName + " is '" + raw
                        + "', not a date DDMMYY; read as none");
            }
            return date;
        }

        /** An informational date that should say what the transactions say; a warning when it does not. */
        private void informationalDate(NetsRecord record, NetsField field, String recordName, LocalDate counted,
                String countedWhat) {
            String raw = record.raw(field);
            LocalDate stated = informationalDate(record, field, recordName);
            if (stated == null && !raw.equals("000000")) {
                return; // already warned: no date at all
            }
            if (!java.util.Objects.equals(stated, counted)) {
                warn(record, "the " + recordName + " states " + field.label() + " " + (stated == null
                        ? "000000 (none)" : stated) + ", but " + countedWhat + " is " + (counted == null
                                ? "none" : counted) + "; informational only, the file is booked");
            }
        }

        private void warn(NetsRecord record, String warning) {
            warnings.add(record.location() + ": " + warning);
        }

        /** A transaction is complete once its amount item 2 is read; the next 30 or the 88 closes it. */
        private void closePending(NetsRecord record, String found) {
            if (pending == null) {
                return;
            }
            if (pending.archiveReference == null) {
                throw record.fault("expected the amount item 2 (NY09" + pending.type + "31) of transaction "
                        + pending.number + " from line " + pending.line.lineNumber() + ", found an " + found,
                        "item2Missing", pending.type, pending.number, String.valueOf(pending.line.lineNumber()),
                        NetsRecord.record(found.replaceFirst("^(an?|the) ", "")));
            }
            transactions.add(pending.toTransaction());
            pending = null;
        }

        private void sameTransaction(NetsRecord record, String name) {
            String number = record.digits(TRANSACTION_NUMBER, name);
            if (!number.equals(pending.number)) {
                throw record.fault("the " + name + " has transaction number " + number + ", but the amount item 1 on "
                        + "line " + pending.line.lineNumber() + " has " + pending.number + " (expected "
                        + pending.number + ", found " + number + ")", "otherTransactionNumber", NetsRecord.record(name),
                        number, String.valueOf(pending.line.lineNumber()), pending.number);
            }
            if (!record.type().equals(pending.type)) {
                throw record.fault("the " + name + " has transaction type " + record.type() + ", but the amount item "
                        + "1 on line " + pending.line.lineNumber() + " has " + pending.type, "otherTransactionType",
                        NetsRecord.record(name), record.type(), String.valueOf(pending.line.lineNumber()), pending.type);
            }
        }

        private String transactionType(NetsRecord record, String name) {
            String type = record.type();
            boolean valid = type.chars().allMatch(c -> c >= '0' && c <= '9')
                    && Integer.parseInt(type) >= FIRST_TRANSACTION_TYPE
                    && Integer.parseInt(type) <= LAST_TRANSACTION_TYPE;
            if (!valid) {
                throw record.fault("the transaction type (positions 5-6) of the " + name + " is '" + type
                        + "'; OCR Giro transaction types are 10 to 21", "transactionType", NetsRecord.record(name), type);
            }
            return type;
        }

        private void assignmentType(NetsRecord record, String name) {
            if (!record.type().equals(ASSIGNMENT_TYPE)) {
                throw record.fault("the assignment type (positions 5-6) of the " + name + " should be "
                        + ASSIGNMENT_TYPE + ", found '" + record.type() + "'", "assignmentType", NetsRecord.record(name),
                        ASSIGNMENT_TYPE, record.type());
            }
        }

        private void requireAssignment(NetsRecord record, String found) {
            if (assignment == null) {
                throw record.fault("expected " + expectedNext() + ", found an " + found + " outside an assignment",
                        "outsideAssignment", expectedNextText(), NetsRecord.record(found));
            }
        }

        private void expectNoOpenAssignment(NetsRecord record, String found) {
            if (assignment != null) {
                if (pending != null && pending.archiveReference == null) {
                    closePending(record, found);
                }
                throw record.fault("expected " + expectedNext() + ", found " + found + "; the assignment started on "
                        + "line " + assignment.startLine + " has no assignment end record (NY090088)",
                        "assignmentNotEnded", expectedNextText(), NetsRecord.record(found.replaceFirst("^(an?|the) ", "")),
                        String.valueOf(assignment.startLine));
            }
        }

        /** {@link #expectedNext()} as a text of the screens. */
        private MessageSourceResolvable expectedNextText() {
            if (assignment == null) {
                return next("assignmentOrEnd");
            }
            if (pending == null) {
                return next("item1OrAssignmentEnd");
            }
            if (pending.archiveReference == null) {
                return next("item2", pending.type, pending.number);
            }
            return pending.hasItem3 ? next("item1OrAssignmentEnd") : next("item1Item3OrAssignmentEnd", pending.type);
        }

        private static MessageSourceResolvable next(String key, Object... arguments) {
            return new DefaultMessageSourceResolvable(new String[] {"bankFiles.next." + key}, arguments, key);
        }

        private String expectedNext() {
            if (assignment == null) {
                return "an assignment start record (NY090020) or the transmission end record (NY000089)";
            }
            if (pending == null) {
                return "an amount item 1 (NY09tt30) or the assignment end record (NY090088)";
            }
            if (pending.archiveReference == null) {
                return "the amount item 2 (NY09" + pending.type + "31) of transaction " + pending.number;
            }
            return "an amount item 1 (NY09tt30)" + (pending.hasItem3 ? "" : ", an amount item 3 (NY09"
                    + pending.type + "32)") + " or the assignment end record (NY090088)";
        }

        private static long add(NetsRecord record, long total, long amount) {
            try {
                return Math.addExact(total, amount);
            } catch (ArithmeticException e) {
                throw record.fault("the amounts add up to more than a total can hold", "totalOverflow");
            }
        }

        /** The running control figures of the open assignment. */
        private final class Assignment {
            final int startLine;
            final String number;
            final Set<String> transactionNumbers = new HashSet<>();
            final Totals totals = new Totals();
            long transactions;
            long records = 1;
            LocalDate first;
            LocalDate last;

            Assignment(int startLine, String number) {
                this.startLine = startLine;
                this.number = number;
            }

            void add(long amount, boolean negative, LocalDate settled, NetsRecord record) {
                transactions++;
                records++;
                totals.add(record, amount, negative);
                first = first == null || settled.isBefore(first) ? settled : first;
                last = last == null || settled.isAfter(last) ? settled : last;
            }
        }

        /** A transaction whose amount item 1 has been read, waiting for its item 2 (and maybe 3). */
        private final class Pending {
            final NetsRecord line;
            final String type;
            final String number;
            final LocalDate settledOn;
            final long amountInOre;
            final boolean negative;
            final String kid;
            String archiveReference;
            String account;
            String text;
            boolean hasItem3;

            Pending(NetsRecord line, String type, String number, LocalDate settledOn, long amountInOre,
                    boolean negative, String kid) {
                this.line = line;
                this.type = type;
                this.number = number;
                this.settledOn = settledOn;
                this.amountInOre = amountInOre;
                this.negative = negative;
                this.kid = kid;
            }

            BankTransaction toTransaction() {
                return new BankTransaction(reference(start.dataSender(), transmissionNumber, assignment.number,
                        number), settledOn, BigDecimal.valueOf(amountInOre, 2), kid,
                        negative || REVERSAL_TYPES.contains(type), type, null, account, text, line.location(),
                        archiveReference, archiveReference + "/" + settledOn);
            }
        }
    }

    /**
     * The two sums an end record's total may state: signed (a negative transaction deducted) and unsigned (every
     * amount added, as the manual's "sum of field 12"). They differ only when a transaction is negative.
     */
    private static final class Totals {
        long signed;
        long unsigned;

        void add(NetsRecord record, long amount, boolean negative) {
            unsigned = Reading.add(record, unsigned, amount);
            signed = Reading.add(record, signed, negative ? -amount : amount);
        }

        /** Checks the stated total against both sums; answers it. */
        long check(NetsRecord record, String recordName, String counted) {
            long stated = record.number(NetsTransmission.TOTAL_AMOUNT, recordName);
            if (stated == signed || stated == unsigned) {
                return stated;
            }
            MessageSourceResolvable stated0 = NetsRecord.record(recordName);
            String expected = signed == unsigned ? String.valueOf(signed)
                    : signed + " (negative transactions deducted) or " + unsigned + " (amounts without their sign)";
            throw record.fault("the " + recordName + " states " + NetsTransmission.TOTAL_AMOUNT.label() + " " + stated
                    + ", but the amounts read" + counted + " add up to " + expected + " øre (expected " + expected
                    + ", found " + stated + ")", signed == unsigned ? "totalMismatch" : "totalMismatchSigned", stated0,
                    NetsTransmission.TOTAL_AMOUNT.text(), String.valueOf(stated), String.valueOf(signed),
                    String.valueOf(unsigned));
        }
    }
}
