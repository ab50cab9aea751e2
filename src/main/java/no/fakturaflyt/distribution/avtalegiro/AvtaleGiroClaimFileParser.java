package no.fakturaflyt.distribution.avtalegiro;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.fakturaflyt.distribution.avtalegiro.AvtaleGiroClaim.Notification;
import no.fakturaflyt.distribution.avtalegiro.AvtaleGiroLayout.Field;
import no.fakturaflyt.distribution.avtalegiro.AvtaleGiroLayout.Layout;
import no.fakturaflyt.distribution.avtalegiro.AvtaleGiroRecord.AmountItem1;
import no.fakturaflyt.distribution.avtalegiro.AvtaleGiroRecord.AmountItem2;
import no.fakturaflyt.distribution.avtalegiro.AvtaleGiroRecord.AssignmentEnd;
import no.fakturaflyt.distribution.avtalegiro.AvtaleGiroRecord.AssignmentStart;
import no.fakturaflyt.distribution.avtalegiro.AvtaleGiroRecord.Specification;
import no.fakturaflyt.distribution.avtalegiro.AvtaleGiroRecord.TransmissionEnd;
import no.fakturaflyt.distribution.avtalegiro.AvtaleGiroRecord.TransmissionStart;
import org.springframework.stereotype.Component;

/**
 * Reads an AvtaleGiro claim file back record by record (layout in {@link AvtaleGiroLayout}) and checks it the way
 * Nets would before accepting it: every line 80 characters, constants and fillers in place, records in order
 * (transmission start, assignments of amount item 1 + amount item 2 [+ specification records], transmission end),
 * the two amount items of a claim carrying the same transaction number and type, and the counts of transactions and
 * records, the totals and the first and last due dates of every end record matching what came before. Any break
 * throws an {@link AvtaleGiroFileException} naming the line. Accepts CR LF or LF line breaks.
 */
@Component
public class AvtaleGiroClaimFileParser {

    private static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** Reads a file in ISO-8859-1, the character set of Nets files. */
    public AvtaleGiroClaimFile parse(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.ISO_8859_1));
    }

    public AvtaleGiroClaimFile parse(String content) {
        List<String> lines = new ArrayList<>(List.of(content.split("\r?\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1); // the line break after the last record
        }
        return new Reading(lines).read();
    }

    /** One pass over the lines; the state is what may come next and the running counts. */
    private static final class Reading {

        private final List<String> lines;
        private final List<AvtaleGiroRecord> records = new ArrayList<>();
        private int lineNumber;

        private long transmissionTransactions;
        private long transmissionRecords;
        private long transmissionTotal;

        private boolean inAssignment;
        private long assignmentTransactions;
        private long assignmentRecords;
        private long assignmentTotal;
        private LocalDate firstDue;
        private LocalDate lastDue;
        private final Set<Integer> transactionNumbers = new HashSet<>();
        private AmountItem1 openItem1;
        private AmountItem1 lastClaim;

        Reading(List<String> lines) {
            this.lines = lines;
        }

        AvtaleGiroClaimFile read() {
            if (lines.isEmpty()) {
                throw new AvtaleGiroFileException(1, "the file is empty; expected a "
                        + Layout.TRANSMISSION_START.describe());
            }
            for (String line : lines) {
                lineNumber++;
                if (!records.isEmpty() && records.get(records.size() - 1) instanceof TransmissionEnd) {
                    throw fault("found a record after the transmission end record (NY000089) of line "
                            + (lineNumber - 1));
                }
                if (line.length() != AvtaleGiroLayout.RECORD_LENGTH) {
                    throw fault("the record is " + line.length() + " characters long; every record is exactly "
                            + AvtaleGiroLayout.RECORD_LENGTH);
                }
                Layout layout = Layout.of(line);
                if (layout == null) {
                    throw fault("'" + line.substring(0, 8) + "' is not a record of an AvtaleGiro claim file");
                }
                expect(layout);
                Map<Field, String> values = layout.read(line, lineNumber);
                AvtaleGiroRecord record = switch (layout) {
                    case TRANSMISSION_START -> transmissionStart(values);
                    case ASSIGNMENT_START -> assignmentStart(values);
                    case AMOUNT_ITEM_1 -> amountItem1(values);
                    case AMOUNT_ITEM_2 -> amountItem2(values);
                    case SPECIFICATION -> specification(values);
                    case ASSIGNMENT_END -> assignmentEnd(values);
                    case TRANSMISSION_END -> transmissionEnd(values);
                };
                records.add(record);
            }
            if (!(records.get(records.size() - 1) instanceof TransmissionEnd)) {
                lineNumber++;
                throw fault("the file ends after line " + (lineNumber - 1) + "; expected " + expectedNext());
            }
            return new AvtaleGiroClaimFile(records);
        }

        private void expect(Layout found) {
            boolean allowed;
            if (records.isEmpty()) {
                allowed = found == Layout.TRANSMISSION_START;
            } else if (openItem1 != null) {
                allowed = found == Layout.AMOUNT_ITEM_2;
            } else if (inAssignment) {
                allowed = found == Layout.AMOUNT_ITEM_1 || found == Layout.ASSIGNMENT_END
                        || (found == Layout.SPECIFICATION && lastClaim != null);
            } else {
                allowed = found == Layout.ASSIGNMENT_START
                        || (found == Layout.TRANSMISSION_END && records.size() > 1);
            }
            if (!allowed) {
                throw fault("expected " + expectedNext() + ", found a " + found.describe());
            }
        }

        private String expectedNext() {
            if (records.isEmpty()) {
                return "a " + Layout.TRANSMISSION_START.describe();
            }
            if (openItem1 != null) {
                return "the " + Layout.AMOUNT_ITEM_2.describe() + " of transaction " + openItem1.transactionNumber();
            }
            if (inAssignment) {
                return "an " + Layout.AMOUNT_ITEM_1.describe()
                        + (lastClaim != null ? ", a " + Layout.SPECIFICATION.describe() : "")
                        + " or an " + Layout.ASSIGNMENT_END.describe();
            }
            return records.size() > 1
                    ? "an " + Layout.ASSIGNMENT_START.describe() + " or a " + Layout.TRANSMISSION_END.describe()
                    : "an " + Layout.ASSIGNMENT_START.describe();
        }

        private TransmissionStart transmissionStart(Map<Field, String> values) {
            transmissionRecords++;
            return new TransmissionStart(lineNumber, values.get(Field.DATA_SENDER),
                    values.get(Field.TRANSMISSION_NUMBER), values.get(Field.DATA_RECEIVER));
        }

        private AssignmentStart assignmentStart(Map<Field, String> values) {
            inAssignment = true;
            assignmentTransactions = 0;
            assignmentRecords = 1;
            assignmentTotal = 0;
            firstDue = null;
            lastDue = null;
            transactionNumbers.clear();
            lastClaim = null;
            transmissionRecords++;
            return new AssignmentStart(lineNumber, values.get(Field.ASSIGNMENT_NUMBER),
                    values.get(Field.ASSIGNMENT_ACCOUNT));
        }

        private AmountItem1 amountItem1(Map<Field, String> values) {
            Notification notification = notification(values);
            int transactionNumber = Integer.parseInt(values.get(Field.TRANSACTION_NUMBER));
            if (!transactionNumbers.add(transactionNumber)) {
                throw fault("transaction number " + transactionNumber + " is used twice in the assignment");
            }
            LocalDate dueDate = date(values, Field.DUE_DATE);
            if (dueDate == null) {
                throw fault("the due date of transaction " + transactionNumber + " is missing (000000)");
            }
            long amount = Long.parseLong(values.get(Field.AMOUNT));
            if (amount == 0) {
                throw fault("the amount of transaction " + transactionNumber + " is zero");
            }
            String kid = values.get(Field.KID).strip();
            if (kid.isEmpty() || !kid.matches("\\d+") || !values.get(Field.KID).endsWith(kid)) {
                throw fault("the KID of transaction " + transactionNumber + " should be digits without special "
                        + "characters, right-aligned, found '" + values.get(Field.KID) + "'");
            }
            assignmentTransactions++;
            assignmentRecords++;
            assignmentTotal += amount;
            firstDue = firstDue == null || dueDate.isBefore(firstDue) ? dueDate : firstDue;
            lastDue = lastDue == null || dueDate.isAfter(lastDue) ? dueDate : lastDue;
            transmissionTransactions++;
            transmissionRecords++;
            transmissionTotal += amount;
            openItem1 = new AmountItem1(lineNumber, notification, transactionNumber, dueDate, amount, kid);
            lastClaim = openItem1;
            return openItem1;
        }

        private AmountItem2 amountItem2(Map<Field, String> values) {
            sameTransaction(values, openItem1);
            openItem1 = null;
            assignmentRecords++;
            transmissionRecords++;
            return new AmountItem2(lineNumber, notification(values), lastClaim.transactionNumber(),
                    values.get(Field.SHORT_NAME).stripTrailing(), values.get(Field.EXTERNAL_REFERENCE).stripTrailing());
        }

        private Specification specification(Map<Field, String> values) {
            sameTransaction(values, lastClaim);
            int column = Integer.parseInt(values.get(Field.SPEC_COLUMN));
            if (column != 1 && column != 2) {
                throw fault("the column of a specification record is 1 or 2, found " + column);
            }
            assignmentRecords++;
            transmissionRecords++;
            return new Specification(lineNumber, lastClaim.notification(), lastClaim.transactionNumber(),
                    Integer.parseInt(values.get(Field.SPEC_LINE)), column, values.get(Field.SPEC_TEXT).stripTrailing());
        }

        private AssignmentEnd assignmentEnd(Map<Field, String> values) {
            assignmentRecords++;
            transmissionRecords++;
            AssignmentEnd end = new AssignmentEnd(lineNumber, Long.parseLong(values.get(Field.TRANSACTION_COUNT)),
                    Long.parseLong(values.get(Field.RECORD_COUNT)), Long.parseLong(values.get(Field.TOTAL_AMOUNT)),
                    date(values, Field.FIRST_DUE_DATE), date(values, Field.LAST_DUE_DATE));
            String record = Layout.ASSIGNMENT_END.describe();
            check(record, "number of transactions", end.transactionCount(), assignmentTransactions);
            check(record, "number of records", end.recordCount(), assignmentRecords);
            check(record, "total amount in øre", end.totalInOre(), assignmentTotal);
            check(record, "first due date", end.firstDueDate(), firstDue);
            check(record, "last due date", end.lastDueDate(), lastDue);
            inAssignment = false;
            return end;
        }

        private TransmissionEnd transmissionEnd(Map<Field, String> values) {
            transmissionRecords++;
            TransmissionEnd end = new TransmissionEnd(lineNumber, Long.parseLong(values.get(Field.TRANSACTION_COUNT)),
                    Long.parseLong(values.get(Field.RECORD_COUNT)), Long.parseLong(values.get(Field.TOTAL_AMOUNT)),
                    date(values, Field.TRANSMISSION_DATE));
            String record = Layout.TRANSMISSION_END.describe();
            check(record, "number of transactions", end.transactionCount(), transmissionTransactions);
            check(record, "number of records", end.recordCount(), transmissionRecords);
            check(record, "total amount in øre", end.totalInOre(), transmissionTotal);
            return end;
        }

        private void sameTransaction(Map<Field, String> values, AmountItem1 claim) {
            int number = Integer.parseInt(values.get(Field.TRANSACTION_NUMBER));
            if (number != claim.transactionNumber()) {
                throw fault("transaction number " + number + " should be " + claim.transactionNumber()
                        + ", the number of the amount item 1 on line " + claim.lineNumber());
            }
            Notification notification = notification(values);
            if (notification != claim.notification()) {
                throw fault("transaction type " + notification.transactionType() + " should be "
                        + claim.notification().transactionType() + ", the type of the amount item 1 on line "
                        + claim.lineNumber());
            }
        }

        private Notification notification(Map<Field, String> values) {
            try {
                return Notification.ofTransactionType(values.get(Field.TRANSACTION_TYPE));
            } catch (IllegalArgumentException e) {
                throw fault(e.getMessage());
            }
        }

        private LocalDate date(Map<Field, String> values, Field field) {
            String raw = values.get(field);
            if (raw.equals("000000")) {
                return null;
            }
            try {
                return LocalDate.parse(raw, DDMMYY);
            } catch (DateTimeParseException e) {
                throw fault("the " + field.label() + " '" + raw + "' is not a date DDMMYY");
            }
        }

        private void check(String record, String what, Object stated, Object counted) {
            if (!java.util.Objects.equals(stated, counted)) {
                throw fault("the " + record + " gives " + what + " " + stated + ", but the records before it give "
                        + counted);
            }
        }

        private AvtaleGiroFileException fault(String problem) {
            return new AvtaleGiroFileException(lineNumber, problem);
        }
    }
}
