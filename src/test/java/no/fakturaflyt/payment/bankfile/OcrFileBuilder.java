package no.fakturaflyt.payment.bankfile;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-only writer of OCR Giro files, record by record, padding every field the way the Nets format does (numbers
 * right-aligned with zeros, text left-aligned with blanks, the KID right-aligned with blanks) and working out the
 * control figures of the end records itself (totals as signed sums, a negative transaction deducted; when that sum
 * is below zero, which the digits of a total cannot write, the sum of the amounts without their sign). Tests then
 * break the lines they want broken.
 */
public final class OcrFileBuilder {

    private static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMyy");

    private final List<String> lines = new ArrayList<>();
    private int assignments;
    private long transmissionTransactions;
    private long transmissionTotal;
    private long transmissionUnsigned;
    private long assignmentTransactions;
    private long assignmentRecords;
    private long assignmentTotal;
    private long assignmentUnsigned;
    private LocalDate first;
    private LocalDate last;
    private int transactionNumber;

    public OcrFileBuilder(String transmissionNumber) {
        lines.add("NY000010" + "00008080" + num(transmissionNumber, 7) + "00123456" + "0".repeat(49));
    }

    public OcrFileBuilder assignment() {
        assignments++;
        assignmentTransactions = 0;
        assignmentRecords = 1;
        assignmentTotal = 0;
        assignmentUnsigned = 0;
        first = null;
        last = null;
        transactionNumber = 0;
        lines.add("NY090020" + "001008566" + num(String.valueOf(assignments), 7) + "12345678903" + "0".repeat(45));
        return this;
    }

    /** Amount items 1 and 2 of one payment. */
    public OcrFileBuilder payment(int type, LocalDate settled, long ore, String kid, String archiveReference,
            String debitedAccount) {
        return transaction(type, settled, ore, false, kid, archiveReference, debitedAccount);
    }

    /** Amount items 1 and 2 of a negative transaction: the sign '-' at position 32, deducted from the totals. */
    OcrFileBuilder negative(int type, LocalDate settled, long ore, String kid, String archiveReference,
            String debitedAccount) {
        return transaction(type, settled, ore, true, kid, archiveReference, debitedAccount);
    }

    private OcrFileBuilder transaction(int type, LocalDate settled, long ore, boolean negative, String kid,
            String archiveReference, String debitedAccount) {
        transactionNumber++;
        String tt = num(String.valueOf(type), 2);
        String number = num(String.valueOf(transactionNumber), 7);
        lines.add("NY09" + tt + "30" + number + settled.format(DDMMYY) + "13" + "20" + "1" + "01464"
                + (negative ? "-" : "0") + num(String.valueOf(ore), 17) + right(kid == null ? "" : kid, 25)
                + "000000");
        lines.add("NY09" + tt + "31" + number + "9636827194" + num(archiveReference, 9) + "0000000"
                + settled.minusDays(1).format(DDMMYY) + num(debitedAccount == null ? "0" : debitedAccount, 11)
                + "0".repeat(22));
        long signed = negative ? -ore : ore;
        assignmentTransactions++;
        assignmentRecords += 2;
        assignmentTotal += signed;
        assignmentUnsigned += ore;
        transmissionTransactions++;
        transmissionTotal += signed;
        transmissionUnsigned += ore;
        first = first == null || settled.isBefore(first) ? settled : first;
        last = last == null || settled.isAfter(last) ? settled : last;
        return this;
    }

    /** Amount item 3 of the last payment. */
    OcrFileBuilder text(String text) {
        String previous = lines.get(lines.size() - 1);
        lines.add(previous.substring(0, 6) + "32" + num(String.valueOf(transactionNumber), 7) + left(text, 40)
                + "0".repeat(25));
        assignmentRecords++;
        return this;
    }

    public OcrFileBuilder endAssignment() {
        assignmentRecords++;
        // the assignment's own settlement date: the last one of its payments here
        lines.add("NY090088" + num(String.valueOf(assignmentTransactions), 8) + num(String.valueOf(assignmentRecords), 8)
                + num(String.valueOf(assignmentTotal < 0 ? assignmentUnsigned : assignmentTotal), 17) + date(last) + date(first) + date(last)
                + "0".repeat(21));
        return this;
    }

    List<String> lines() {
        List<String> all = new ArrayList<>(lines);
        all.add("NY000089" + num(String.valueOf(transmissionTransactions), 8)
                + num(String.valueOf(all.size() + 1), 8)
                + num(String.valueOf(transmissionTotal < 0 ? transmissionUnsigned : transmissionTotal), 17)
                + "150325" + "0".repeat(33));
        return all;
    }

    public byte[] build() {
        return bytes(lines(), "\r\n", true);
    }

    static byte[] bytes(List<String> lines) {
        return bytes(lines, "\r\n", true);
    }

    static byte[] bytes(List<String> lines, String lineBreak, boolean breakAfterLast) {
        String text = String.join(lineBreak, lines) + (breakAfterLast ? lineBreak : "");
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The line with positions from-to (1-based, inclusive) replaced by the value, which must have their width. */
    static String replace(String line, int from, int to, String value) {
        if (value.length() != to - from + 1) {
            throw new IllegalArgumentException("'" + value + "' does not fit positions " + from + "-" + to);
        }
        return line.substring(0, from - 1) + value + line.substring(to);
    }

    static String num(String digits, int width) {
        if (digits.length() > width) {
            throw new IllegalArgumentException(digits + " is wider than " + width);
        }
        return "0".repeat(width - digits.length()) + digits;
    }

    static String right(String text, int width) {
        return " ".repeat(width - text.length()) + text;
    }

    static String left(String text, int width) {
        return text + " ".repeat(width - text.length());
    }

    private static String date(LocalDate date) {
        return date == null ? "000000" : date.format(DDMMYY);
    }
}
