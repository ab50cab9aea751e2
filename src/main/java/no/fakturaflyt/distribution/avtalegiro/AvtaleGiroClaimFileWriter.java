package no.fakturaflyt.distribution.avtalegiro;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.common.CheckDigits;
import no.fakturaflyt.distribution.avtalegiro.AvtaleGiroLayout.Field;
import no.fakturaflyt.distribution.avtalegiro.AvtaleGiroLayout.Layout;
import org.springframework.stereotype.Component;

/**
 * Writes a Nets AvtaleGiro claim file ("Fordringsfil", service code 21): one transmission holding one assignment of
 * payment claims. Per claim an amount item 1 (NY21tt30: transaction number, due date, amount in øre, KID) and an
 * amount item 2 (NY21tt31: payer short name, external reference), tt being 02 when the payee notifies the payer and 21
 * when the bank does. The assignment end (NY210088) and transmission end (NY000089) carry the counts of transactions
 * and records and the total in øre; the assignment end also the first and last due date.
 *
 * <p>Every record is exactly 80 characters: numeric fields right-aligned and zero-filled, text fields left-aligned
 * and blank-filled, the KID right-aligned and blank-filled. Field positions and their sources are the table in
 * {@link AvtaleGiroLayout} (Nets "AvtaleGiro systemspesifikasjon" v3.3 §2, with otovo/python-netsgiro's records.py and
 * sample claim file and Mastercard Payment Services "Payment claims"). The agreement id is not part of the claim file:
 * the assignment start carries zeros where an OCR assignment has it (§2.2.1 field 5). Lines end in CR LF and the file is ISO-8859-1, as Nets asks.
 *
 * <p>Transaction numbers run 1, 2, 3… in the order of the claims. The transmission number must be unique per data
 * sender and the assignment number per agreement; the caller hands them out.
 */
@Component
public class AvtaleGiroClaimFileWriter {

    static final String LINE_BREAK = "\r\n";
    static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMyy");

    private final AvtaleGiroProperties properties;

    public AvtaleGiroClaimFileWriter(AvtaleGiroProperties properties) {
        this.properties = properties;
    }

    /** The file's text: one transmission with one assignment holding {@code claims}, each line ending in CR LF. */
    public String render(long transmissionNumber, long assignmentNumber, List<AvtaleGiroClaim> claims) {
        if (claims == null || claims.isEmpty()) {
            throw new IllegalArgumentException("An AvtaleGiro claim file needs at least one claim");
        }
        String dataSender = setting("data-sender-id", properties.dataSenderId(), 8);
        String account = properties.assignmentAccount() == null ? null
                : properties.assignmentAccount().replaceAll("[.\\s]", "");
        if (!CheckDigits.isValidBankAccount(account)) {
            throw new IllegalStateException("fakturaflyt.avtalegiro.assignment-account '"
                    + properties.assignmentAccount() + "' is not a valid Norwegian account number (11 digits, MOD11)");
        }
        String transmission = sequence("transmission number", transmissionNumber);
        String assignment = sequence("assignment number", assignmentNumber);

        long total = claims.stream().mapToLong(AvtaleGiroClaim::amountInOre).sum();
        LocalDate firstDue = claims.stream().map(AvtaleGiroClaim::dueDate).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate lastDue = claims.stream().map(AvtaleGiroClaim::dueDate).max(Comparator.naturalOrder()).orElseThrow();
        int transactions = claims.size();
        int assignmentRecords = 2 * transactions + 2;

        StringBuilder file = new StringBuilder((assignmentRecords + 2) * (AvtaleGiroLayout.RECORD_LENGTH + 2));
        line(file, Layout.TRANSMISSION_START, Map.of(Field.DATA_SENDER, dataSender,
                Field.TRANSMISSION_NUMBER, transmission, Field.DATA_RECEIVER, AvtaleGiroLayout.NETS_DATA_RECEIVER));
        line(file, Layout.ASSIGNMENT_START, Map.of(Field.ASSIGNMENT_NUMBER, assignment,
                Field.ASSIGNMENT_ACCOUNT, account));
        int transactionNumber = 0;
        for (AvtaleGiroClaim claim : claims) {
            transactionNumber++;
            String type = claim.notification().transactionType();
            String number = String.valueOf(transactionNumber);
            line(file, Layout.AMOUNT_ITEM_1, Map.of(Field.TRANSACTION_TYPE, type, Field.TRANSACTION_NUMBER, number,
                    Field.DUE_DATE, DDMMYY.format(claim.dueDate()),
                    Field.AMOUNT, String.valueOf(claim.amountInOre()), Field.KID, claim.kid()));
            line(file, Layout.AMOUNT_ITEM_2, Map.of(Field.TRANSACTION_TYPE, type, Field.TRANSACTION_NUMBER, number,
                    Field.SHORT_NAME, claim.payerShortName(), Field.EXTERNAL_REFERENCE, claim.externalReference()));
        }
        line(file, Layout.ASSIGNMENT_END, Map.of(Field.TRANSACTION_COUNT, String.valueOf(transactions),
                Field.RECORD_COUNT, String.valueOf(assignmentRecords), Field.TOTAL_AMOUNT, String.valueOf(total),
                Field.FIRST_DUE_DATE, DDMMYY.format(firstDue), Field.LAST_DUE_DATE, DDMMYY.format(lastDue)));
        line(file, Layout.TRANSMISSION_END, Map.of(Field.TRANSACTION_COUNT, String.valueOf(transactions),
                Field.RECORD_COUNT, String.valueOf(assignmentRecords + 2), Field.TOTAL_AMOUNT, String.valueOf(total),
                Field.TRANSMISSION_DATE, DDMMYY.format(firstDue)));
        return file.toString();
    }

    /**
     * Writes the file into the outbox as {@code avtalegiro-claims-<transmission number>.txt} (ISO-8859-1), first to a
     * temporary file and then moved into place, so an uploader never sees half a file.
     *
     * @throws FileAlreadyExistsException when a file for this transmission number is already there (a transmission
     *                                    number is never reused)
     */
    public Path write(long transmissionNumber, long assignmentNumber, List<AvtaleGiroClaim> claims)
            throws IOException {
        String content = render(transmissionNumber, assignmentNumber, claims);
        Path outbox = properties.outbox();
        Files.createDirectories(outbox);
        Path target = outbox.resolve(String.format("avtalegiro-claims-%07d.txt", transmissionNumber));
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null,
                    "a claim file with this transmission number was already written");
        }
        Path temporary = Files.createTempFile(outbox, ".avtalegiro-", ".tmp");
        try {
            Files.writeString(temporary, content, StandardCharsets.ISO_8859_1);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return target;
    }

    private static void line(StringBuilder file, Layout layout, Map<Field, String> values) {
        file.append(layout.format(new EnumMap<>(values))).append(LINE_BREAK);
    }

    private static String setting(String name, String value, int digits) {
        if (value == null || !value.strip().matches("\\d{1," + digits + "}")) {
            throw new IllegalStateException("fakturaflyt.avtalegiro." + name + " must be 1-" + digits
                    + " digits (from the AvtaleGiro agreement), got '" + value + "'");
        }
        return value.strip();
    }

    private static String sequence(String what, long number) {
        if (number < 1 || number > 9_999_999) {
            throw new IllegalArgumentException("The " + what + " must be 1-9999999 (7 digits), got " + number);
        }
        return String.valueOf(number);
    }
}
