package no.fakturaflyt.payment.bankfile;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One 80-character record of a file in the Nets fixed-record format ("NY" records, used by OCR Giro and the
 * AvtaleGiro files), with the line it stands on, and the checked reading of its fields. Every reading that fails
 * throws a {@link BankFileException} naming the line, the field and what was found, so the readers themselves only
 * say which field they want and what it means.
 *
 * <p>Common to every record: positions 1-2 format code "NY", 3-4 service code, 5-6 transmission / assignment /
 * transaction type, 7-8 record type.
 */
final class NetsRecord {

    static final int LENGTH = 80;

    static final NetsField FORMAT_CODE = new NetsField(1, 2, "format code");
    static final NetsField SERVICE_CODE = new NetsField(3, 4, "service code");
    static final NetsField TYPE = new NetsField(5, 6, "type");
    static final NetsField RECORD_TYPE = new NetsField(7, 8, "record type");

    private static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern KID = Pattern.compile("\\d{1,24}[\\d-]");

    private final int lineNumber;
    private final String text;

    private NetsRecord(int lineNumber, String text) {
        this.lineNumber = lineNumber;
        this.text = text;
    }

    /**
     * The records of a file as bytes: ISO-8859-1 (ASCII is a subset), lines ending in CR LF or LF, the last one with
     * or without a line break. Rejects an empty file, empty lines, control characters (a binary file) and any line
     * that is not exactly 80 characters or does not start with the format code "NY".
     */
    static List<NetsRecord> split(byte[] file) {
        if (file == null || file.length == 0) {
            throw new BankFileException("line 1", "the file is empty (0 bytes); expected a transmission start record "
                    + "(NY000010)", "empty");
        }
        String content = new String(file, StandardCharsets.ISO_8859_1);
        List<String> lines = new ArrayList<>(List.of(content.split("\n", -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1); // the line break after the last record
        }
        List<NetsRecord> records = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            records.add(checked(i + 1, line));
        }
        return records;
    }

    private static NetsRecord checked(int lineNumber, String line) {
        String location = "line " + lineNumber;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                throw new BankFileException(location, String.format("control character 0x%02X at position %d: this "
                        + "is not a text file of 80-character records", (int) c, i + 1), "controlCharacter",
                        String.format("0x%02X", (int) c), String.valueOf(i + 1));
            }
        }
        if (line.isEmpty()) {
            throw new BankFileException(location, "the line is empty; every record is exactly " + LENGTH
                    + " characters", "emptyLine", String.valueOf(LENGTH));
        }
        if (line.length() != LENGTH) {
            throw new BankFileException(location, "the record is " + line.length() + " characters long; every record "
                    + "is exactly " + LENGTH, "recordLength", String.valueOf(line.length()), String.valueOf(LENGTH));
        }
        if (!line.startsWith("NY")) {
            throw new BankFileException(location, "the record starts with '" + line.substring(0, 2)
                    + "'; every record starts with the format code NY", "notNy", line.substring(0, 2));
        }
        return new NetsRecord(lineNumber, line);
    }

    int lineNumber() {
        return lineNumber;
    }

    String location() {
        return "line " + lineNumber;
    }

    /** Positions 1-8: format code, service code, type and record type, e.g. "NY091030". */
    String code() {
        return text.substring(0, 8);
    }

    String serviceCode() {
        return raw(SERVICE_CODE);
    }

    String type() {
        return raw(TYPE);
    }

    String recordType() {
        return raw(RECORD_TYPE);
    }

    String raw(NetsField field) {
        return text.substring(field.from() - 1, field.to());
    }

    /** A numeric field: digits only, as written (leading zeros kept). */
    String digits(NetsField field, String recordName) {
        String raw = raw(field);
        if (!raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw fault("the " + field.label() + " of the " + recordName + " should be digits, found '" + raw + "'",
                    "notDigits", field.text(), record(recordName), raw);
        }
        return raw;
    }

    long number(NetsField field, String recordName) {
        return Long.parseLong(digits(field, recordName));
    }

    /** A date DDMMYY that must be there. */
    LocalDate date(NetsField field, String recordName) {
        LocalDate date = dateOrNone(field, recordName);
        if (date == null) {
            throw fault("the " + field.label() + " of the " + recordName + " is missing (000000)", "dateMissing",
                    field.text(), record(recordName));
        }
        return date;
    }

    /** A date DDMMYY, or null for 000000. */
    LocalDate dateOrNone(NetsField field, String recordName) {
        String raw = digits(field, recordName);
        if (raw.equals("000000")) {
            return null;
        }
        try {
            return LocalDate.parse(raw, DDMMYY);
        } catch (DateTimeParseException e) {
            throw fault("the " + field.label() + " of the " + recordName + " is '" + raw
                    + "', not a date DDMMYY", "notADate", field.text(), record(recordName), raw);
        }
    }

    /** A date DDMMYY that must be there, its century chosen by the window (see {@link TwoDigitYears}). */
    LocalDate date(NetsField field, String recordName, TwoDigitYears years) {
        LocalDate date = dateOrNone(field, recordName, years);
        if (date == null) {
            throw fault("the " + field.label() + " of the " + recordName + " is missing (000000)", "dateMissing",
                    field.text(), record(recordName));
        }
        return date;
    }

    /** A date DDMMYY, or null for 000000, its century chosen by the window (see {@link TwoDigitYears}). */
    LocalDate dateOrNone(NetsField field, String recordName, TwoDigitYears years) {
        String raw = digits(field, recordName);
        if (raw.equals("000000")) {
            return null;
        }
        LocalDate date = years.date(raw);
        if (date == null) {
            throw fault("the " + field.label() + " of the " + recordName + " is '" + raw
                    + "', not a date DDMMYY", "notADate", field.text(), record(recordName), raw);
        }
        return date;
    }

    /** A filler that must be all zeros. */
    void zeros(NetsField field, String recordName) {
        String raw = raw(field);
        if (!raw.chars().allMatch(c -> c == '0')) {
            throw fault("the " + field.label() + " of the " + recordName + " should be zeros, found '" + raw + "'",
                    "notZeros", field.text(), record(recordName), raw);
        }
    }

    /** One of the given single characters. */
    char oneOf(NetsField field, String allowed, String recordName) {
        String raw = raw(field);
        if (raw.length() != 1 || allowed.indexOf(raw.charAt(0)) < 0) {
            throw fault("the " + field.label() + " of the " + recordName + " should be one of '" + allowed
                    + "', found '" + raw + "'", "notOneOf", field.text(), record(recordName),
                    String.join(", ", allowed.split("")), raw);
        }
        return raw.charAt(0);
    }

    /** Alphanumeric text, trimmed; null when blank. */
    String text(NetsField field) {
        String value = raw(field).strip();
        return value.isEmpty() ? null : value;
    }

    /**
     * A KID field: right-aligned and blank-filled, digits with perhaps a MOD11 '-' as the last character; null when
     * the field is blank.
     */
    String kid(NetsField field, String recordName) {
        String raw = raw(field);
        String kid = raw.strip();
        if (kid.isEmpty()) {
            return null;
        }
        if (!KID.matcher(kid).matches() || !raw.endsWith(kid)) {
            throw fault("the " + field.label() + " of the " + recordName + " should be a KID (digits, the last may "
                    + "be '-', right-aligned and blank-filled), found '" + raw + "'", "notAKid", field.text(),
                    record(recordName), raw);
        }
        return kid;
    }

    BankFileException fault(String problem) {
        return new BankFileException(location(), problem);
    }

    /** A fault of this record with the code of the screens' text ({@code bankFiles.fault.<code>}). */
    BankFileException fault(String problem, String code, Object... arguments) {
        return new BankFileException(location(), problem, code, arguments);
    }

    /** A record's name, "amount item 1 (NY09tt30)", as a text of the screens: the name's key, the code as {0}. */
    static org.springframework.context.MessageSourceResolvable record(String name) {
        int code = name.lastIndexOf(" (");
        return code < 0 ? BankFileException.label(NetsField.key(name), name)
                : BankFileException.label(NetsField.key(name.substring(0, code)), name,
                        name.substring(code + 2, name.length() - 1));
    }
}
