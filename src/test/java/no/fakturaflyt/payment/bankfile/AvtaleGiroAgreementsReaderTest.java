package no.fakturaflyt.payment.bankfile;

import static no.fakturaflyt.payment.bankfile.OcrFileBuilder.bytes;
import static no.fakturaflyt.payment.bankfile.OcrFileBuilder.replace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import no.fakturaflyt.payment.bankfile.AvtaleGiroAgreements.Agreement;
import no.fakturaflyt.payment.bankfile.AvtaleGiroAgreements.Registration;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class AvtaleGiroAgreementsReaderTest {

    private final AvtaleGiroAgreementsReader reader = new AvtaleGiroAgreementsReader();

    /** Written by hand from the layout table: a new mandate, a deleted one, a new one with a MOD11 '-' KID. */
    private static final List<String> HAND_WRITTEN = List.of(
            "NY000010000080800290001001234560000000000000000000000000000000000000000000000000",
            "NY212420000000000000000112345678903000000000000000000000000000000000000000000000",
            "NY21947000000011            0004200001234J00000000000000000000000000000000000000",
            "NY21947000000022                   000437N00000000000000000000000000000000000000",
            "NY21947000000031            000420000123-J00000000000000000000000000000000000000",
            "NY212488000000030000000500000000000000000000000000000000000000000000000000000000",
            "NY000089000000030000000700000000000000000140325000000000000000000000000000000000");

    @Test
    void readsAHandWrittenFileFieldByField() {
        AvtaleGiroAgreements read = reader.read(bytes(HAND_WRITTEN));

        assertThat(read.fileReference()).isEqualTo("0290001");
        assertThat(read.agreements()).containsExactly(
                new Agreement("0004200001234", Registration.NEW_OR_CHANGED, true, "line 3"),
                new Agreement("000437", Registration.DELETED, false, "line 4"),
                new Agreement("000420000123-", Registration.NEW_OR_CHANGED, true, "line 5"));
        assertThat(read.isFullList()).isFalse();
    }

    @Test
    void aFileOfRegistrationType0IsTheFullListAndAnEmptyOneIsNot() {
        AvtaleGiroAgreements full = reader.read(new AgreementsFileBuilder("1").assignment()
                .agreement('0', "0004200001234", true)
                .agreement('0', "0004300001235", false)
                .endAssignment().build());
        AvtaleGiroAgreements empty = reader.read(new AgreementsFileBuilder("2").assignment().endAssignment().build());

        assertThat(full.isFullList()).isTrue();
        assertThat(full.agreements()).extracting(Agreement::registration)
                .containsExactly(Registration.ALL_ACTIVE, Registration.ALL_ACTIVE);
        assertThat(empty.agreements()).isEmpty();
        assertThat(empty.isFullList()).isFalse();
    }

    @Test
    void readsSeveralAssignmentsWithLfLineBreaks() {
        List<String> lines = new AgreementsFileBuilder("3")
                .assignment().agreement('1', "12345", false).endAssignment()
                .assignment().agreement('2', "12345", false).agreement('1', "67894", true).endAssignment()
                .lines();

        AvtaleGiroAgreements read = reader.read(bytes(lines, "\n", false));

        assertThat(read.agreements()).extracting(Agreement::kid).containsExactly("12345", "12345", "67894");
        assertThat(read.agreements()).extracting(Agreement::location).containsExactly("line 3", "line 6", "line 7");
    }

    @Test
    void rejectsWrongCountsNamingExpectedAndFound() {
        assertRejected(broken(6, line -> replace(line, 9, 16, "00000004")), "line 6")
                .hasMessageContaining("number of transactions")
                .hasMessageContaining("expected 3, found 4");
        assertRejected(broken(6, line -> replace(line, 17, 24, "00000004")), "line 6")
                .hasMessageContaining("expected 5, found 4");
        assertRejected(broken(7, line -> replace(line, 17, 24, "00000008")), "line 7")
                .hasMessageContaining("expected 7, found 8");
        assertRejected(broken(7, line -> replace(line, 25, 41, "00000000000000100")), "line 7")
                .hasMessageContaining("total amount in øre")
                .hasMessageContaining("expected 0, found 100");
    }

    @Test
    void rejectsAnUnknownRegistrationTypeOrNotifyFlag() {
        assertRejected(broken(4, line -> replace(line, 16, 16, "3")), "line 4")
                .hasMessageContaining("registration type (positions 16-16)");
        assertRejected(broken(3, line -> replace(line, 42, 42, "Y")), "line 3")
                .hasMessageContaining("notify flag (positions 42-42)")
                .hasMessageContaining("'JN'");
    }

    @Test
    void rejectsABlankOrMalformedKid() {
        assertRejected(broken(3, line -> replace(line, 17, 41, " ".repeat(25))), "line 3")
                .hasMessageContaining("is blank");
        assertRejected(broken(3, line -> replace(line, 17, 41, "            00042 0001234")), "line 3")
                .hasMessageContaining("should be a KID");
    }

    @Test
    void rejectsAMissingEndRecordAndRecordsOutOfPlace() {
        assertRejected(broken(lines -> lines.remove(6)), "line 7")
                .hasMessageContaining("ends after line 6 without the transmission end record");
        assertRejected(broken(lines -> lines.remove(5)), "line 6")
                .hasMessageContaining("has no assignment end record");
        assertRejected(broken(lines -> lines.remove(1)), "line 2")
                .hasMessageContaining("outside an assignment");
        assertRejected(broken(lines -> lines.add(lines.get(2))), "line 8")
                .hasMessageContaining("after the transmission end record");
    }

    @Test
    void rejectsOcrGiroRecordsAndGarbage() {
        byte[] ocr = new OcrFileBuilder("1").assignment()
                .payment(10, LocalDate.of(2025, 3, 14), 100, "12345", "100000001", null)
                .endAssignment().build();
        assertRejected(ocr, "line 2").hasMessageContaining("is an OCR Giro record");
        assertRejected(new byte[0], "line 1").hasMessageContaining("empty");
        assertRejected(new byte[] {'N', 'Y', 0, 1, 2}, "line 1").hasMessageContaining("control character");
        assertRejected(broken(3, line -> line.substring(0, 70)), "line 3").hasMessageContaining("70 characters");
    }

    @Test
    void rejectsTheSameTransactionNumberTwiceInAnAssignment() {
        assertRejected(broken(4, line -> replace(line, 9, 15, "0000001")), "line 4")
                .hasMessageContaining("transaction number 0000001 appears twice");
    }

    private static byte[] broken(int lineNumber, java.util.function.UnaryOperator<String> change) {
        return broken(lines -> lines.set(lineNumber - 1, change.apply(lines.get(lineNumber - 1))));
    }

    private static byte[] broken(Consumer<List<String>> change) {
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
