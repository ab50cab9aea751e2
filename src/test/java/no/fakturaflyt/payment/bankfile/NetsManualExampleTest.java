package no.fakturaflyt.payment.bankfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The example transmission of Nets' OCR Giro system manual ("System spesification OCR giro", version 2.0 of 11.08.03,
 * chapter 4 "Approved, processed transactions"; the PDF as carried in otovo/python-netsgiro,
 * references/OCR giro - System manual.pdf), transcribed record by record into
 * {@code src/test/resources/bankfile/nets-ocr-giro-manual-example.txt}: 44 records, one assignment of 20 transactions
 * of types 10, 11, 12 and 13, all with Nets date 20.01.92. The manual's page prints the KID without its leading
 * blanks; the transcription puts it right-aligned in positions 50-74 as field 13 says, so every record has 80
 * characters. Expected values below are read off the records by hand, field by field, per the manual's layouts.
 */
class NetsManualExampleTest {

    private static final LocalDate JAN_20_1992 = LocalDate.of(1992, 1, 20);

    private final OcrGiroReader reader = new OcrGiroReader(() -> LocalDate.of(2026, 12, 4));

    @Test
    void readsTheManualsExampleWithItsAmountsKidsDatesAndTransactionNumbers() throws IOException {
        BankFile file = reader.read(example());

        assertThat(file.format()).isEqualTo(BankFile.Format.OCR);
        assertThat(file.fileReference()).as("transmission number, start record positions 17-23").isEqualTo("0170031");
        assertThat(file.total()).as("end records: 5144900 øre").isEqualByComparingTo("51449.00");
        assertThat(file.warnings()).isEmpty();
        List<BankTransaction> transactions = file.transactions();
        assertThat(transactions).hasSize(20);
        assertThat(transactions).extracting(BankTransaction::amount).map(BigDecimal::toPlainString).containsExactly(
                "1020.00", "1020.00", "560.00", "1020.00", "1020.00", "560.00", "1020.00", "1500.00", "1200.00",
                "550.00", "1943.00", "1000.00", "500.00", "20500.00", "5500.00", "10500.00", "644.00", "564.00",
                "288.00", "540.00");
        assertThat(transactions).extracting(BankTransaction::kid).containsExactly(
                "0000531", "0036633", "0048763", "0063851", "0120243", "0165867", "0178357", "02212291038306",
                "02311291038304", "02310291038308", "000149012", "01211291038306", "02111291038305", "02321291038303",
                "02331291038302", "02341291038301", "02358291038305", "02311291029238", "02311291034832",
                "02311291133188");
        assertThat(transactions).extracting(BankTransaction::kind).containsExactly(
                "10", "10", "10", "10", "10", "10", "10", "11", "12", "13", "11", "12", "13", "13", "13", "13",
                "10", "10", "10", "10");
        assertThat(transactions).allSatisfy(t -> {
            assertThat(t.settledOn()).as("Nets date 200192, not 2092").isEqualTo(JAN_20_1992);
            assertThat(t.reversal()).isFalse();
        });
        // data sender 00008080, transmission 0170031, assignment 0000002, transactions 0000001 to 0000020
        for (int i = 0; i < 20; i++) {
            assertThat(transactions.get(i).reference())
                    .isEqualTo("OCR/00008080/0170031/0000002/" + String.format("%07d", i + 1));
        }
        assertThat(transactions).extracting(BankTransaction::payerAccount).startsWith("99990512341", "99991005524");
    }

    @Test
    void acceptsTheArchiveReferenceTheManualRepeats() throws IOException {
        List<BankTransaction> transactions = reader.read(example()).transactions();

        // transactions 9 and 12 are direct remittance (type 12): positions 26-34 hold the payer's agreement id
        assertThat(transactions.get(8).bankReference()).isEqualTo("001020169");
        assertThat(transactions.get(11).bankReference()).isEqualTo("001020169");
        assertThat(transactions.get(8).reference()).isNotEqualTo(transactions.get(11).reference());
        assertThat(transactions).extracting(BankTransaction::reference).doesNotHaveDuplicates();
        assertThat(transactions).extracting(BankTransaction::bankReference).startsWith("099038562", "097596016");
    }

    private static byte[] example() throws IOException {
        try (InputStream in = NetsManualExampleTest.class.getResourceAsStream(
                "/bankfile/nets-ocr-giro-manual-example.txt")) {
            return in.readAllBytes();
        }
    }
}
