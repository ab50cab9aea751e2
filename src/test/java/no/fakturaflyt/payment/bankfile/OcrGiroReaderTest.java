package no.fakturaflyt.payment.bankfile;

import static no.fakturaflyt.payment.bankfile.OcrFileBuilder.bytes;
import static no.fakturaflyt.payment.bankfile.OcrFileBuilder.replace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class OcrGiroReaderTest {

    private static final LocalDate MARCH_14 = LocalDate.of(2025, 3, 14);
    /** The day two-digit years are windowed around. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private final OcrGiroReader reader = new OcrGiroReader(() -> TODAY);

    /** Written by hand from the layout table, field by field, so that the builder is not the only witness. */
    private static final List<String> HAND_WRITTEN = List.of(
            "NY000010000080800170031001234560000000000000000000000000000000000000000000000000",
            "NY090020001008566000000112345678903000000000000000000000000000000000000000000000",
            "NY09103000000011403251314100042000000000000123405            0004200001234000000",
            "NY091031000000196368271941234567890000000130325987654321030000000000000000000000",
            "NY090088000000010000000400000000000123405140325140325140325000000000000000000000",
            "NY000089000000010000000600000000000123405140325000000000000000000000000000000000");

    @Test
    void readsAHandWrittenFileFieldByField() {
        BankFile file = reader.read(bytes(HAND_WRITTEN));

        assertThat(file.format()).isEqualTo(BankFile.Format.OCR);
        assertThat(file.fileReference()).isEqualTo("0170031");
        assertThat(file.total()).isEqualByComparingTo("1234.05");
        assertThat(file.transactions()).containsExactly(new BankTransaction("OCR/00008080/0170031/0000001/0000001",
                MARCH_14, new BigDecimal("1234.05"), "0004200001234", false, "10", null, "98765432103", null,
                "line 3", "123456789", "123456789/2025-03-14"));
        assertThat(file.warnings()).isEmpty();
    }

    @Test
    void acceptsLfCrLfAndALastLineWithoutLineBreak() {
        BankFile crlf = reader.read(bytes(HAND_WRITTEN, "\r\n", true));
        BankFile lf = reader.read(bytes(HAND_WRITTEN, "\n", true));
        BankFile noFinalBreak = reader.read(bytes(HAND_WRITTEN, "\n", false));

        assertThat(lf).isEqualTo(crlf);
        assertThat(noFinalBreak).isEqualTo(crlf);
    }

    @Test
    void readsEveryTransactionTypeAndMarksOnly18And20AsReversals() {
        OcrFileBuilder builder = new OcrFileBuilder("1000001").assignment();
        for (int type = 10; type <= 21; type++) {
            builder.payment(type, MARCH_14, 10_000L + type, "1234" + type + "5", String.valueOf(500_000 + type),
                    "12345678903");
        }
        BankFile file = reader.read(builder.endAssignment().build());

        assertThat(file.transactions()).extracting(BankTransaction::kind)
                .containsExactly("10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21");
        assertThat(file.transactions()).filteredOn(BankTransaction::reversal).extracting(BankTransaction::kind)
                .containsExactly("18", "20");
        assertThat(file.transactions()).extracting(BankTransaction::amount).first()
                .isEqualTo(new BigDecimal("100.10"));
        // reversals count with their amount, positive, in the total, as the control figures do
        assertThat(file.total()).isEqualByComparingTo(BigDecimal.valueOf(IntStream.rangeClosed(10, 21)
                .mapToLong(type -> 10_000L + type).sum(), 2));
        assertThat(file.transactions()).allSatisfy(t -> assertThat(t.amount().signum()).isPositive());
        assertThat(file.transactions()).extracting(BankTransaction::location)
                .containsExactly("line 3", "line 5", "line 7", "line 9", "line 11", "line 13", "line 15", "line 17",
                        "line 19", "line 21", "line 23", "line 25");
    }

    @Test
    void readsSeveralAssignmentsInOneTransmission() {
        byte[] file = new OcrFileBuilder("0000042")
                .assignment()
                .payment(10, MARCH_14, 50_000, "0004200001234", "111111111", "12345678903")
                .payment(13, MARCH_14.plusDays(1), 25_050, "0004300001235", "111111112", null)
                .endAssignment()
                .assignment()
                .payment(18, MARCH_14.plusDays(3), 50_000, "0004200001234", "222222222", "12345678903")
                .endAssignment()
                .build();

        BankFile read = reader.read(file);

        assertThat(read.fileReference()).isEqualTo("0000042");
        assertThat(read.transactions()).extracting(BankTransaction::reference)
                .containsExactly("OCR/00008080/0000042/0000001/0000001", "OCR/00008080/0000042/0000001/0000002",
                        "OCR/00008080/0000042/0000002/0000001");
        assertThat(read.transactions()).extracting(BankTransaction::bankReference)
                .containsExactly("111111111", "111111112", "222222222");
        assertThat(read.transactions()).extracting(BankTransaction::settledOn)
                .containsExactly(MARCH_14, MARCH_14.plusDays(1), MARCH_14.plusDays(3));
        assertThat(read.transactions()).extracting(BankTransaction::reversal).containsExactly(false, false, true);
        assertThat(read.transactions().get(1).payerAccount()).as("an all-zero account is no account").isNull();
        assertThat(read.transactions().get(2).location()).isEqualTo("line 9");
        assertThat(read.total()).isEqualByComparingTo("1250.50");
    }

    @Test
    void keepsAMod11KidWithItsDashAndReadsABlankKidAsNone() {
        byte[] file = new OcrFileBuilder("1")
                .assignment()
                .payment(10, MARCH_14, 99, "000420000123-", "333333333", "12345678903")
                .payment(21, MARCH_14, 1, null, "333333334", "12345678903")
                .text("Faktura 123 og 124, Kari Nordmann")
                .endAssignment()
                .build();

        BankFile read = reader.read(file);

        assertThat(read.transactions()).extracting(BankTransaction::kid).containsExactly("000420000123-", null);
        assertThat(read.transactions()).extracting(BankTransaction::amount)
                .containsExactly(new BigDecimal("0.99"), new BigDecimal("0.01"));
        assertThat(read.transactions().get(1).message()).isEqualTo("Faktura 123 og 124, Kari Nordmann");
        assertThat(read.transactions().get(0).message()).isNull();
    }

    @Test
    void readsAnEmptyTransmission() {
        BankFile read = reader.read(new OcrFileBuilder("7").build());

        assertThat(read.transactions()).isEmpty();
        assertThat(read.total()).isEqualByComparingTo("0");
    }

    // --- broken files: each rejected with the line at fault

    @Test
    void rejectsAnEmptyFile() {
        assertRejected(new byte[0], "line 1").hasMessageContaining("empty");
    }

    @Test
    void rejectsBinaryGarbage() {
        byte[] gzip = {0x1f, (byte) 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x0a, 0x41};
        assertRejected(gzip, "line 1").hasMessageContaining("control character 0x1F");
    }

    @Test
    void rejectsATextFileThatIsNotOcr() {
        assertRejected("Dato;Beløp;KID\n14.03.2025;100,00;12345\n".getBytes(StandardCharsets.ISO_8859_1), "line 1")
                .hasMessageContaining("14 characters long; every record is exactly 80");
    }

    @Test
    void rejectsARecordOfTheWrongLength() {
        assertRejected(broken(lines -> lines.set(3, lines.get(3).substring(0, 79))), "line 4")
                .hasMessageContaining("79 characters long");
        assertRejected(broken(lines -> lines.set(2, lines.get(2) + " ")), "line 3")
                .hasMessageContaining("81 characters long");
    }

    @Test
    void rejectsAnEmptyLineInTheMiddle() {
        assertRejected(broken(lines -> lines.add(2, "")), "line 3").hasMessageContaining("empty");
    }

    @Test
    void rejectsWrongTotalsNamingExpectedAndFound() {
        assertRejected(broken(5, line -> replace(line, 25, 41, "00000000000123406")), "line 5")
                .hasMessageContaining("assignment end record")
                .hasMessageContaining("expected 123405, found 123406");
        assertRejected(broken(6, line -> replace(line, 25, 41, "00000000000999999")), "line 6")
                .hasMessageContaining("transmission end record")
                .hasMessageContaining("expected 123405, found 999999");
    }

    @Test
    void rejectsWrongCounts() {
        assertRejected(broken(5, line -> replace(line, 9, 16, "00000002")), "line 5")
                .hasMessageContaining("number of transactions")
                .hasMessageContaining("expected 1, found 2");
        assertRejected(broken(5, line -> replace(line, 17, 24, "00000003")), "line 5")
                .hasMessageContaining("number of records")
                .hasMessageContaining("expected 4, found 3");
        assertRejected(broken(6, line -> replace(line, 17, 24, "00000005")), "line 6")
                .hasMessageContaining("number of records")
                .hasMessageContaining("expected 6, found 5");
    }

    @Test
    void warnsButReadsTheFileWhenTheAssignmentEndsFirstOrLastSettlementDateDiffers() {
        // some providers write the transaction date + 7 days as the assignment's last settlement date
        BankFile read = reader.read(broken(5, line -> replace(replace(line, 48, 53, "130325"), 54, 59, "210325")));

        assertThat(read.transactions()).singleElement()
                .satisfies(t -> assertThat(t.amount()).isEqualByComparingTo("1234.05"));
        assertThat(read.warnings()).containsExactly(
                "line 5: the assignment end record (NY090088) states first settlement date (positions 48-53) "
                        + "2025-03-13, but the earliest settlement date of its transactions is 2025-03-14; "
                        + "informational only, the file is booked",
                "line 5: the assignment end record (NY090088) states last settlement date (positions 54-59) "
                        + "2025-03-21, but the latest settlement date of its transactions is 2025-03-14; "
                        + "informational only, the file is booked");
    }

    @Test
    void warnsButReadsTheFileWhenABankDateOrANetsDateIsNoDate() {
        BankFile read = reader.read(broken(lines -> {
            lines.set(3, replace(lines.get(3), 42, 47, "310225"));
            lines.set(5, replace(lines.get(5), 42, 47, "999999"));
        }));

        assertThat(read.transactions()).hasSize(1);
        assertThat(read.warnings()).containsExactly(
                "line 4: the bank date (positions 42-47) of the amount item 2 (NY09tt31) is '310225', not a date "
                        + "DDMMYY; read as none",
                "line 6: the date (positions 42-47) of the transmission end record (NY000089) is '999999', not a "
                        + "date DDMMYY; read as none");
    }

    @Test
    void countsTotalsAndAmountsStayStrictWhereDatesOnlyWarn() {
        assertRejected(broken(5, line -> replace(replace(line, 54, 59, "210325"), 9, 16, "00000002")), "line 5")
                .hasMessageContaining("number of transactions");
        assertRejected(broken(5, line -> replace(replace(line, 54, 59, "210325"), 25, 41, "00000000000123404")),
                "line 5").hasMessageContaining("expected 123405, found 123404");
    }

    @Test
    void rejectsAMissingEndRecord() {
        assertRejected(broken(lines -> lines.remove(5)), "line 6")
                .hasMessageContaining("ends after line 5 without the transmission end record");
        assertRejected(broken(lines -> lines.remove(4)), "line 5")
                .hasMessageContaining("the assignment started on line 2 has no assignment end record");
    }

    @Test
    void rejectsAnAmountItem2WithoutItsAmountItem1() {
        assertRejected(broken(lines -> lines.remove(2)), "line 3")
                .hasMessageContaining("amount item 2 (NY09tt31) without the amount item 1");
    }

    @Test
    void rejectsAnAmountItem1WithoutItsAmountItem2() {
        List<String> lines = new ArrayList<>(new OcrFileBuilder("1").assignment()
                .payment(10, MARCH_14, 100, "12345", "100000001", null)
                .payment(10, MARCH_14, 100, "12345", "100000002", null)
                .endAssignment().lines());
        lines.remove(3);
        assertRejected(bytes(lines), "line 4")
                .hasMessageContaining("expected the amount item 2 (NY091031) of transaction 0000001 from line 3");
    }

    @Test
    void rejectsAnAmountItem2OfAnotherTransaction() {
        assertRejected(broken(4, line -> replace(line, 9, 15, "0000002")), "line 4")
                .hasMessageContaining("expected 0000001, found 0000002");
        assertRejected(broken(4, line -> replace(line, 5, 6, "11")), "line 4")
                .hasMessageContaining("transaction type 11");
    }

    @Test
    void rejectsRecordsOutOfOrder() {
        assertRejected(broken(lines -> lines.remove(0)), "line 1")
                .hasMessageContaining("expected the transmission start record (NY000010)");
        assertRejected(broken(lines -> lines.remove(1)), "line 2")
                .hasMessageContaining("outside an assignment");
        assertRejected(broken(lines -> lines.add(lines.get(1))), "line 7")
                .hasMessageContaining("after the transmission end record");
    }

    @Test
    void rejectsLettersWhereDigitsBelong() {
        assertRejected(broken(3, line -> replace(line, 33, 49, "0000000000012340O")), "line 3")
                .hasMessageContaining("amount (positions 33-49)")
                .hasMessageContaining("should be digits");
        assertRejected(broken(4, line -> replace(line, 48, 58, "9876543210X")), "line 4")
                .hasMessageContaining("debited account (positions 48-58)");
    }

    @Test
    void rejectsAnInvalidDate() {
        assertRejected(broken(3, line -> replace(line, 16, 21, "290225")), "line 3")
                .hasMessageContaining("settlement date (positions 16-21)")
                .hasMessageContaining("'290225', not a date");
    }

    @Test
    void rejectsAKidThatIsNotRightAligned() {
        assertRejected(broken(3, line -> replace(line, 50, 74, "0004200001234            ")), "line 3")
                .hasMessageContaining("KID (positions 50-74)");
    }

    @Test
    void rejectsUnknownRecordsAndServiceCodes() {
        assertRejected(broken(3, line -> replace(line, 5, 6, "22")), "line 3")
                .hasMessageContaining("transaction types are 10 to 21");
        assertRejected(broken(3, line -> replace(line, 7, 8, "33")), "line 3")
                .hasMessageContaining("unknown record type '33'");
        assertRejected(broken(3, line -> replace(line, 3, 4, "08")), "line 3")
                .hasMessageContaining("unknown service code '08'");
        assertRejected(broken(2, line -> "NY212420" + line.substring(8)), "line 2")
                .hasMessageContaining("AvtaleGiro record");
    }

    @Test
    void readsTwoPaymentsThatShareEveryFieldButTheTransactionNumberAsTwo() {
        // direct remittance (type 12): positions 26-34 carry the payer's agreement id, the same in every payment
        byte[] file = new OcrFileBuilder("1").assignment()
                .payment(12, MARCH_14, 100, "12345", "100000001", null)
                .payment(12, MARCH_14, 100, "12345", "100000001", null)
                .endAssignment().build();

        BankFile read = reader.read(file);

        assertThat(read.transactions()).extracting(BankTransaction::reference)
                .containsExactly("OCR/00008080/0000001/0000001/0000001", "OCR/00008080/0000001/0000001/0000002");
        assertThat(read.transactions()).extracting(BankTransaction::bankReference)
                .containsExactly("100000001", "100000001");
        assertThat(read.total()).isEqualByComparingTo("2.00");
    }

    @Test
    void rejectsATransactionNumberOrAnAssignmentNumberGivenTwice() {
        List<String> lines = new ArrayList<>(new OcrFileBuilder("1").assignment()
                .payment(10, MARCH_14, 100, "12345", "100000001", null)
                .payment(10, MARCH_14, 100, "12345", "100000002", null)
                .endAssignment().lines());
        lines.set(4, replace(lines.get(4), 9, 15, "0000001"));
        lines.set(5, replace(lines.get(5), 9, 15, "0000001"));
        assertRejected(bytes(lines), "line 5").hasMessageContaining("transaction number 0000001 appears twice");

        List<String> twoAssignments = new ArrayList<>(new OcrFileBuilder("1")
                .assignment().payment(10, MARCH_14, 100, "12345", "100000001", null).endAssignment()
                .assignment().payment(10, MARCH_14, 100, "12345", "100000002", null).endAssignment().lines());
        twoAssignments.set(5, replace(twoAssignments.get(5), 18, 24, "0000001"));
        assertRejected(bytes(twoAssignments), "line 6")
                .hasMessageContaining("assignment number 0000001 was already given on line 2");
    }

    // --- the sign of amount item 1 (position 32)

    @Test
    void readsANegativeTransactionAsAReversalAndAcceptsTotalsThatAreSignedSums() {
        byte[] file = new OcrFileBuilder("5").assignment()
                .payment(10, MARCH_14, 125_000, "0004200001234", "100000001", "12345678903")
                .negative(10, MARCH_14, 25_000, "0004200001242", "100000002", "12345678903")
                .endAssignment().build();
        List<String> lines = List.of(new String(file, StandardCharsets.ISO_8859_1).split("\r\n"));
        assertThat(lines.get(4).charAt(31)).as("the sign stands at position 32").isEqualTo('-');
        assertThat(lines.get(6).substring(24, 41)).as("the assignment's total: 1250.00 - 250.00")
                .isEqualTo("00000000000100000");

        BankFile read = reader.read(file);

        assertThat(read.transactions()).extracting(BankTransaction::reversal).containsExactly(false, true);
        assertThat(read.transactions().get(1).amount()).as("the amount it takes back, positive")
                .isEqualByComparingTo("250.00");
        assertThat(read.transactions().get(1).kind()).isEqualTo("10");
        assertThat(read.total()).isEqualByComparingTo("1000.00");
    }

    @Test
    void acceptsTotalsThatAddNegativeAmountsWithoutTheirSignAsTheManualWordsIt() {
        List<String> lines = new ArrayList<>(new OcrFileBuilder("5").assignment()
                .payment(10, MARCH_14, 125_000, "0004200001234", "100000001", null)
                .negative(10, MARCH_14, 25_000, "0004200001242", "100000002", null)
                .endAssignment().lines());
        lines.set(6, replace(lines.get(6), 25, 41, "00000000000150000"));
        lines.set(7, replace(lines.get(7), 25, 41, "00000000000150000"));

        BankFile read = reader.read(bytes(lines));

        assertThat(read.transactions()).extracting(BankTransaction::reversal).containsExactly(false, true);
        assertThat(read.total()).isEqualByComparingTo("1500.00");
    }

    @Test
    void rejectsATotalThatIsNeitherTheSignedNorTheUnsignedSum() {
        List<String> lines = new ArrayList<>(new OcrFileBuilder("5").assignment()
                .payment(10, MARCH_14, 125_000, "0004200001234", "100000001", null)
                .negative(10, MARCH_14, 25_000, "0004200001242", "100000002", null)
                .endAssignment().lines());
        lines.set(6, replace(lines.get(6), 25, 41, "00000000000125000"));

        assertRejected(bytes(lines), "line 7").hasMessageContaining("total amount in øre (positions 25-41) 125000")
                .hasMessageContaining("expected 100000 (negative transactions deducted) or 150000 (amounts without "
                        + "their sign), found 125000");
    }

    @Test
    void rejectsASignThatIsNeitherZeroNorMinus() {
        assertRejected(broken(3, line -> replace(line, 32, 32, "+")), "line 3")
                .hasMessageContaining("sign (positions 32-32)");
    }

    // --- two-digit years

    @Test
    void windowsTwoDigitYearsSoThat1992IsNot2092() {
        OcrGiroReader in2026 = new OcrGiroReader(() -> TODAY);
        byte[] file = new OcrFileBuilder("1").assignment()
                .payment(10, LocalDate.of(1992, 1, 20), 100, "12345", "100000001", null)
                .endAssignment().build();

        assertThat(in2026.read(file).transactions()).singleElement()
                .satisfies(t -> assertThat(t.settledOn()).isEqualTo(LocalDate.of(1992, 1, 20)));
        TwoDigitYears window = TwoDigitYears.around(TODAY);
        assertThat(window.date("200192")).isEqualTo(LocalDate.of(1992, 1, 20));
        assertThat(window.date("041226")).isEqualTo(TODAY);
        assertThat(window.date("311236")).as("ten years ahead at most").isEqualTo(LocalDate.of(2036, 12, 31));
        assertThat(window.date("010137")).isEqualTo(LocalDate.of(1937, 1, 1));
        assertThat(window.date("290225")).as("no 29 February in 2025").isNull();
    }

    @Test
    void rejectsAZeroAmount() {
        byte[] file = new OcrFileBuilder("1").assignment()
                .payment(10, MARCH_14, 0, "12345", "100000001", null)
                .endAssignment().build();
        assertRejected(file, "line 3").hasMessageContaining("is zero");
    }

    private static byte[] broken(int lineNumber, UnaryOperator<String> change) {
        return broken(lines -> lines.set(lineNumber - 1, change.apply(lines.get(lineNumber - 1))));
    }

    private static byte[] broken(java.util.function.Consumer<List<String>> change) {
        List<String> lines = new ArrayList<>(HAND_WRITTEN);
        change.accept(lines);
        return bytes(lines);
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertRejected(byte[] file, String location) {
        return assertThatThrownBy(() -> reader.read(file))
                .isInstanceOfSatisfying(BankFileException.class,
                        e -> assertThat(e.getLocation()).isEqualTo(location))
                .hasMessageStartingWith(location + ": ");
    }
}
