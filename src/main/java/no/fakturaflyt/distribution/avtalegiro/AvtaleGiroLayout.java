package no.fakturaflyt.distribution.avtalegiro;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The one table of record layouts of the AvtaleGiro claim file (service code 21, "Fordringsfil"), shared by the
 * writer and the parser. Positions are 1-based and inclusive, as in the Nets specification; every layout covers
 * positions 1–80 without gaps (checked when the class loads).
 *
 * <p>Sources, read 2025 and 2026:
 * <ul>
 * <li>[SPEC] Nets, "AvtaleGiro systemspesifikasjon" v3.3 (November 2016), the field tables of §2.1 (start
 * transmission), §2.2.1 (start assignment), §2.2.2–2.2.4 (amount items 1 and 2, specification), §2.2.5 (end
 * assignment) and §2.4 (end transmission). Copy read: the PDF {@code references/AvtaleGiro systemspesifikasjon
 * des2016.pdf} of GitHub otovo/python-netsgiro (commit d7e39b2e9707af1723a9047b5709a14ad8c22db2), SHA-256
 * 81d08b4072627ced5dde4e040a2e7861e3e73e348f6abb30cb48168c8d6f0679. Where the sources below disagree, [SPEC]
 * decides.</li>
 * <li>[NETS] Nets, "Systemspesifikasjon AvtaleGiro" v2.9, §1 "Justering og blanking av felter" (alphanumeric
 * fields left-aligned and blank-filled, numeric fields right-aligned and zero-filled) and §2 (structure: transmission
 * start, assignment start, amount item 1, amount item 2, optional specification records, assignment end,
 * transmission end); text at docplayer.me/5963500-Systemspesifikasjon-avtalegiro.html. The field tables themselves
 * were not readable there.</li>
 * <li>[NETSGIRO] otovo/python-netsgiro, netsgiro/records.py: one regular expression per record with every field's
 * width, written from "AvtaleGiro systemspesifikasjon des2016.pdf" in the same repository; and
 * tests/data/avtalegiro_payment_request.txt, a claim file of six claims (types 21 and 02) that the positions below
 * reproduce character for character.</li>
 * <li>[MPS] Mastercard Payment Services (formerly Nets), developer page "Payment claims"
 * (mastercardpaymentservices.com/norway_/Pages/Dev/paymentclaims.aspx): ISO-8859-1, CR LF line breaks, transaction
 * type 02 (payee notifies) or 21 (bank notifies), the same transaction number on every record of one claim.</li>
 * </ul>
 *
 * <pre>
 * Transmission start NY000010   1-2 "NY"  3-4 service 00  5-6 type 00  7-8 record 10
 *                               9-16 data sender id (8 N)  17-23 transmission number (7 N)
 *                               24-31 data receiver (8 N, Nets = 00008080)  32-80 zeros
 * Assignment start   NY210020   9-17 filler, zeros [SPEC §2.2.1 field 5]  18-24 assignment number (7 N)
 *                               25-35 assignment account (11 N)  36-80 zeros
 * Amount item 1      NY21tt30   5-6 transaction type 02/21  9-15 transaction number (7 N)  16-21 due date DDMMYY
 *                               22-32 blanks  33-49 amount in øre (17 N)  50-74 KID (25, right-aligned, blank-filled)
 *                               75-80 zeros
 * Amount item 2      NY21tt31   9-15 transaction number  16-25 payer short name (10 A)  26-50 blanks
 *                               51-75 external reference (25 A)  76-80 zeros
 * Specification      NY21tt49   9-15 transaction number  16 "4"  17-19 line (3 N)  20 column 1/2  21-60 text (40 A)
 *                               61-80 zeros   (read only; the writer does not write it)
 * Assignment end     NY210088   9-16 transactions (8 N)  17-24 records incl. start and end (8 N)
 *                               25-41 total in øre (17 N)  42-47 first due date  48-53 last due date  54-80 zeros
 * Transmission end   NY000089   9-16 transactions  17-24 records incl. transmission start and end
 *                               25-41 total in øre  42-47 first due date of the transmission  48-80 zeros
 * </pre>
 *
 * <p>Every position above is in [SPEC]'s field tables. Positions 9–17 of the assignment start are a filler of zeros
 * ([SPEC] §2.2.1 field 5, and [NETSGIRO]'s sample file has zeros there); the agreement id is not written anywhere in
 * the claim file, and Nets refuses an assignment whose fields are not as described. Transmission end 42–47 is the
 * earliest due date of the transmission ([SPEC] §2.4 field 8, "første dato").
 */
final class AvtaleGiroLayout {

    static final int RECORD_LENGTH = 80;
    /** Nets' data receiver id in the transmission start record [NETSGIRO sample]. */
    static final String NETS_DATA_RECEIVER = "00008080";
    static final String SERVICE_AVTALEGIRO = "21";
    static final String SERVICE_NONE = "00";

    enum Kind {
        /** A fixed value. */
        CONSTANT,
        /** Digits, right-aligned, zero-filled. */
        NUMBER,
        /** A date DDMMYY, or 000000 for none. */
        DATE,
        /** Alphanumeric, left-aligned, blank-filled. */
        TEXT,
        /** Alphanumeric, right-aligned, blank-filled: the KID. */
        TEXT_RIGHT,
        /** Filler of zeros. */
        ZEROS,
        /** Filler of blanks. */
        BLANKS
    }

    enum Field {
        FORMAT_CODE(1, 2, Kind.CONSTANT, "NY"),
        SERVICE_CODE(3, 4, Kind.NUMBER),
        TRANSACTION_TYPE(5, 6, Kind.NUMBER),
        RECORD_TYPE(7, 8, Kind.NUMBER),

        DATA_SENDER(9, 16, Kind.NUMBER),
        TRANSMISSION_NUMBER(17, 23, Kind.NUMBER),
        DATA_RECEIVER(24, 31, Kind.NUMBER),
        TRANSMISSION_START_FILLER(32, 80, Kind.ZEROS),

        /** [SPEC] §2.2.1 field 5: "Fylles ut med nuller". */
        ASSIGNMENT_START_ZEROS(9, 17, Kind.ZEROS),
        ASSIGNMENT_NUMBER(18, 24, Kind.NUMBER),
        ASSIGNMENT_ACCOUNT(25, 35, Kind.NUMBER),
        ASSIGNMENT_START_FILLER(36, 80, Kind.ZEROS),

        TRANSACTION_NUMBER(9, 15, Kind.NUMBER),
        DUE_DATE(16, 21, Kind.DATE),
        ITEM1_BLANKS(22, 32, Kind.BLANKS),
        AMOUNT(33, 49, Kind.NUMBER),
        KID(50, 74, Kind.TEXT_RIGHT),
        ITEM1_FILLER(75, 80, Kind.ZEROS),

        SHORT_NAME(16, 25, Kind.TEXT),
        ITEM2_BLANKS(26, 50, Kind.BLANKS),
        EXTERNAL_REFERENCE(51, 75, Kind.TEXT),
        ITEM2_FILLER(76, 80, Kind.ZEROS),

        SPEC_NOTICE_TYPE(16, 16, Kind.CONSTANT, "4"),
        SPEC_LINE(17, 19, Kind.NUMBER),
        SPEC_COLUMN(20, 20, Kind.NUMBER),
        SPEC_TEXT(21, 60, Kind.TEXT),
        SPEC_FILLER(61, 80, Kind.ZEROS),

        TRANSACTION_COUNT(9, 16, Kind.NUMBER),
        RECORD_COUNT(17, 24, Kind.NUMBER),
        TOTAL_AMOUNT(25, 41, Kind.NUMBER),
        FIRST_DUE_DATE(42, 47, Kind.DATE),
        LAST_DUE_DATE(48, 53, Kind.DATE),
        ASSIGNMENT_END_FILLER(54, 80, Kind.ZEROS),

        /** [SPEC] §2.4 field 8: the earliest due date of the transmission. */
        TRANSMISSION_DATE(42, 47, Kind.DATE),
        TRANSMISSION_END_FILLER(48, 80, Kind.ZEROS);

        final int from;
        final int to;
        final Kind kind;
        final String constant;

        Field(int from, int to, Kind kind) {
            this(from, to, kind, null);
        }

        Field(int from, int to, Kind kind, String constant) {
            this.from = from;
            this.to = to;
            this.kind = kind;
            this.constant = constant;
        }

        int length() {
            return to - from + 1;
        }

        String label() {
            return name().toLowerCase().replace('_', ' ') + " (positions " + from + "-" + to + ")";
        }
    }

    /** One record type: its name, its code in positions 1–8 ("tt" = any transaction type) and its fields. */
    enum Layout {
        TRANSMISSION_START("transmission start", "NY000010", Field.DATA_SENDER, Field.TRANSMISSION_NUMBER,
                Field.DATA_RECEIVER, Field.TRANSMISSION_START_FILLER),
        ASSIGNMENT_START("assignment start", "NY210020", Field.ASSIGNMENT_START_ZEROS, Field.ASSIGNMENT_NUMBER,
                Field.ASSIGNMENT_ACCOUNT, Field.ASSIGNMENT_START_FILLER),
        AMOUNT_ITEM_1("amount item 1", "NY21tt30", Field.TRANSACTION_NUMBER, Field.DUE_DATE, Field.ITEM1_BLANKS,
                Field.AMOUNT, Field.KID, Field.ITEM1_FILLER),
        AMOUNT_ITEM_2("amount item 2", "NY21tt31", Field.TRANSACTION_NUMBER, Field.SHORT_NAME, Field.ITEM2_BLANKS,
                Field.EXTERNAL_REFERENCE, Field.ITEM2_FILLER),
        SPECIFICATION("specification", "NY21tt49", Field.TRANSACTION_NUMBER, Field.SPEC_NOTICE_TYPE,
                Field.SPEC_LINE, Field.SPEC_COLUMN, Field.SPEC_TEXT, Field.SPEC_FILLER),
        ASSIGNMENT_END("assignment end", "NY210088", Field.TRANSACTION_COUNT, Field.RECORD_COUNT,
                Field.TOTAL_AMOUNT, Field.FIRST_DUE_DATE, Field.LAST_DUE_DATE, Field.ASSIGNMENT_END_FILLER),
        TRANSMISSION_END("transmission end", "NY000089", Field.TRANSACTION_COUNT, Field.RECORD_COUNT,
                Field.TOTAL_AMOUNT, Field.TRANSMISSION_DATE, Field.TRANSMISSION_END_FILLER);

        final String description;
        final String code;
        final List<Field> fields;

        Layout(String description, String code, Field... body) {
            this.description = description;
            this.code = code;
            Field[] all = new Field[body.length + 4];
            all[0] = Field.FORMAT_CODE;
            all[1] = Field.SERVICE_CODE;
            all[2] = Field.TRANSACTION_TYPE;
            all[3] = Field.RECORD_TYPE;
            System.arraycopy(body, 0, all, 4, body.length);
            this.fields = List.of(all);
            int next = 1;
            for (Field field : fields) {
                if (field.from != next) {
                    throw new IllegalStateException(description + ": " + field + " starts at " + field.from
                            + ", expected " + next);
                }
                next = field.to + 1;
            }
            if (next != RECORD_LENGTH + 1) {
                throw new IllegalStateException(description + " covers " + (next - 1) + " positions, not 80");
            }
        }

        String describe() {
            return description + " record (" + code + ")";
        }

        boolean matches(String line) {
            return line.length() >= 8 && line.startsWith(code.substring(0, 4))
                    && line.substring(6, 8).equals(code.substring(6, 8))
                    && (code.startsWith("tt", 4) || line.substring(4, 6).equals(code.substring(4, 6)));
        }

        static Layout of(String line) {
            return Arrays.stream(values()).filter(layout -> layout.matches(line)).findFirst().orElse(null);
        }

        /** The record as 80 characters; {@code values} holds the NUMBER, DATE and TEXT fields (already formatted). */
        String format(Map<Field, String> values) {
            StringBuilder line = new StringBuilder(RECORD_LENGTH);
            for (Field field : fields) {
                String value = switch (field) {
                    case SERVICE_CODE -> code.substring(2, 4);
                    case RECORD_TYPE -> code.substring(6, 8);
                    case TRANSACTION_TYPE -> code.startsWith("tt", 4) ? values.get(field) : code.substring(4, 6);
                    default -> values.get(field);
                };
                line.append(pad(field, value));
            }
            return line.toString();
        }

        /** The fields' raw text, constants and fillers checked; the line is 80 characters. */
        Map<Field, String> read(String line, int lineNumber) {
            Map<Field, String> values = new EnumMap<>(Field.class);
            for (Field field : fields) {
                String raw = line.substring(field.from - 1, field.to);
                String problem = switch (field.kind) {
                    case CONSTANT -> raw.equals(field.constant) ? null : "should be '" + field.constant + "'";
                    case NUMBER, DATE -> raw.chars().allMatch(c -> c >= '0' && c <= '9') ? null : "should be digits";
                    case ZEROS -> raw.chars().allMatch(c -> c == '0') ? null : "should be zeros";
                    case BLANKS -> raw.isBlank() ? null : "should be blank";
                    case TEXT, TEXT_RIGHT -> null;
                };
                if (problem != null) {
                    throw new AvtaleGiroFileException(lineNumber, "the " + field.label() + " of the " + describe()
                            + " " + problem + ", found '" + raw + "'");
                }
                values.put(field, raw);
            }
            return values;
        }
    }

    private AvtaleGiroLayout() {
    }

    private static String pad(Field field, String value) {
        return switch (field.kind) {
            case CONSTANT -> field.constant;
            case ZEROS -> "0".repeat(field.length());
            case BLANKS -> " ".repeat(field.length());
            case NUMBER, DATE -> {
                if (value == null || !value.chars().allMatch(c -> c >= '0' && c <= '9')
                        || value.length() > field.length()) {
                    throw new IllegalArgumentException("The " + field.label() + " must be at most " + field.length()
                            + " digits, got '" + value + "'");
                }
                yield "0".repeat(field.length() - value.length()) + value;
            }
            case TEXT, TEXT_RIGHT -> {
                String text = value == null ? "" : value;
                if (text.length() > field.length()) {
                    throw new IllegalArgumentException("The " + field.label() + " holds " + field.length()
                            + " characters, got '" + text + "'");
                }
                String blanks = " ".repeat(field.length() - text.length());
                yield field.kind == Kind.TEXT ? text + blanks : blanks + text;
            }
        };
    }
}
