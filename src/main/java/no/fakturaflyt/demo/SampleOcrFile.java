package no.fakturaflyt.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A Nets OCR Giro file as the bank would send it, for trying the import in the demo: one transmission, one assignment,
 * amount items 1 and 2 per payment, end records with their counts and totals. Only for the demo; the application
 * itself reads such files, it never writes them.
 */
final class SampleOcrFile {

    /** One incoming payment: an amount in NOK, the KID the payer gave (null for none), and the bank's reference. */
    record Payment(BigDecimal amount, String kid, long archiveReference) {
    }

    private static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMyy");
    private static final int PAYMENT_TYPE = 10;

    private SampleOcrFile() {
    }

    static byte[] write(long transmission, String assignmentAccount, LocalDate settled, List<Payment> payments) {
        List<String> lines = new ArrayList<>();
        lines.add("NY000010" + "00008080" + digits(transmission, 7) + "00123456" + zeros(49));
        lines.add("NY090020" + "001008566" + digits(1, 7) + assignmentAccount + zeros(45));
        long total = 0;
        int number = 0;
        for (Payment payment : payments) {
            number++;
            long ore = payment.amount().movePointRight(2).longValueExact();
            total += ore;
            String tt = digits(PAYMENT_TYPE, 2);
            lines.add("NY09" + tt + "30" + digits(number, 7) + settled.format(DDMMYY) + "13" + "20" + "1" + "01464"
                    + "0" + digits(ore, 17) + right(payment.kid() == null ? "" : payment.kid(), 25) + zeros(6));
            lines.add("NY09" + tt + "31" + digits(number, 7) + "9636827194" + digits(payment.archiveReference(), 9)
                    + zeros(7) + settled.format(DDMMYY) + zeros(11) + zeros(22));
        }
        int assignmentRecords = 2 + 2 * payments.size();
        lines.add("NY090088" + digits(payments.size(), 8) + digits(assignmentRecords, 8) + digits(total, 17)
                + settled.format(DDMMYY) + settled.format(DDMMYY) + settled.format(DDMMYY) + zeros(21));
        lines.add("NY000089" + digits(payments.size(), 8) + digits(lines.size() + 1, 8) + digits(total, 17)
                + settled.format(DDMMYY) + zeros(33));
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String digits(long value, int width) {
        String text = Long.toString(value);
        if (text.length() > width) {
            throw new IllegalArgumentException(value + " does not fit in " + width + " digits");
        }
        return "0".repeat(width - text.length()) + text;
    }

    private static String right(String text, int width) {
        return " ".repeat(width - text.length()) + text;
    }

    private static String zeros(int width) {
        return "0".repeat(width);
    }
}
