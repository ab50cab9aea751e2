package no.fakturaflyt.distribution.avtalegiro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.distribution.avtalegiro.AvtaleGiroClaim.Notification;
import no.fakturaflyt.distribution.avtalegiro.AvtaleGiroRecord.AmountItem1;
import no.fakturaflyt.distribution.avtalegiro.AvtaleGiroRecord.AmountItem2;
import no.fakturaflyt.distribution.avtalegiro.AvtaleGiroRecord.AssignmentEnd;
import no.fakturaflyt.distribution.avtalegiro.AvtaleGiroRecord.AssignmentStart;
import no.fakturaflyt.distribution.avtalegiro.AvtaleGiroRecord.TransmissionEnd;
import no.fakturaflyt.distribution.avtalegiro.AvtaleGiroRecord.TransmissionStart;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.junit.jupiter.api.io.TempDir;

class AvtaleGiroClaimFileTest {

    private static final String ACCOUNT = "15032080119";
    private static final String SAMPLE_END_ASSIGNMENT =
            "NY210088000000060000002000000000000000600170604170604000000000000000000000000000";
    private static final String SAMPLE_END_TRANSMISSION =
            "NY000089000000060000002200000000000000600170604000000000000000000000000000000000";

    @TempDir
    Path outbox;

    private final AvtaleGiroClaimFileParser parser = new AvtaleGiroClaimFileParser();

    private AvtaleGiroClaimFileWriter writer() {
        return new AvtaleGiroClaimFileWriter(new AvtaleGiroProperties("12345678", "987654321", "1503.20.80119",
                outbox, 9));
    }

    private static List<AvtaleGiroClaim> threeClaims() {
        return List.of(
                AvtaleGiroClaim.bankNotifies("0001000000170", new BigDecimal("1234.50"), LocalDate.of(2025, 3, 20),
                        "Kari Nordmann", "10017"),
                AvtaleGiroClaim.payeeNotifies("0002000000185", new BigDecimal("99.9"), LocalDate.of(2025, 3, 15),
                        "Ola", "10018"),
                new AvtaleGiroClaim("000300000018", new BigDecimal("500"), LocalDate.of(2025, 4, 1), "Bø Ærlig",
                        "Faktura 10019", Notification.BANK));
    }

    @Test
    void threeClaimsReadBackRecordByRecord() {
        String file = writer().render(42, 7, threeClaims());

        assertThat(file).endsWith("\r\n");
        List<String> lines = file.lines().toList();
        assertThat(lines).hasSize(10).allSatisfy(line -> assertThat(line).hasSize(80));

        AvtaleGiroClaimFile parsed = parser.parse(file);
        List<AvtaleGiroRecord> records = parsed.records();
        assertThat(records).extracting(record -> record.getClass().getSimpleName()).containsExactly(
                "TransmissionStart", "AssignmentStart", "AmountItem1", "AmountItem2", "AmountItem1", "AmountItem2",
                "AmountItem1", "AmountItem2", "AssignmentEnd", "TransmissionEnd");
        assertThat(records).extracting(AvtaleGiroRecord::lineNumber).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

        assertThat(records.get(0)).isEqualTo(new TransmissionStart(1, "12345678", "0000042", "00008080"));
        assertThat(records.get(1)).isEqualTo(new AssignmentStart(2, "0000007", ACCOUNT));

        assertThat(records.get(2)).isEqualTo(new AmountItem1(3, Notification.BANK, 1, LocalDate.of(2025, 3, 20),
                123450, "0001000000170"));
        assertThat(records.get(3)).isEqualTo(new AmountItem2(4, Notification.BANK, 1, "Kari Nordm", "10017"));
        assertThat(records.get(4)).isEqualTo(new AmountItem1(5, Notification.PAYEE, 2, LocalDate.of(2025, 3, 15),
                9990, "0002000000185"));
        assertThat(records.get(5)).isEqualTo(new AmountItem2(6, Notification.PAYEE, 2, "Ola", "10018"));
        assertThat(records.get(6)).isEqualTo(new AmountItem1(7, Notification.BANK, 3, LocalDate.of(2025, 4, 1),
                50000, "000300000018"));
        assertThat(records.get(7)).isEqualTo(new AmountItem2(8, Notification.BANK, 3, "Bø Ærlig", "Faktura 10019"));

        assertThat(records.get(8)).isEqualTo(new AssignmentEnd(9, 3, 8, 183440, LocalDate.of(2025, 3, 15),
                LocalDate.of(2025, 4, 1)));
        assertThat(records.get(9)).isEqualTo(new TransmissionEnd(10, 3, 10, 183440, LocalDate.of(2025, 3, 15)));

        assertThat(parsed.claims()).hasSize(3);
        assertThat(parsed.claims().get(0).amount()).isEqualByComparingTo("1234.50");
        assertThat(parsed.claims().get(0).amountInOre()).isEqualTo(123450);
        assertThat(parsed.claims().get(1).notification()).isEqualTo(Notification.PAYEE);
    }

    @Test
    void fieldsSitAtTheirPositions() {
        List<String> lines = writer().render(42, 7, threeClaims()).lines().toList();

        assertThat(lines.get(0)).isEqualTo("NY000010" + "12345678" + "0000042" + "00008080" + "0".repeat(49));
        // AvtaleGiro systemspesifikasjon v3.3 §2.2.1: 9-17 filler of zeros (not the agreement id 987654321)
        assertThat(lines.get(1)).isEqualTo("NY210020" + "000000000" + "0000007" + ACCOUNT + "0".repeat(45));
        // transaction type 21: the bank notifies
        assertThat(lines.get(2)).isEqualTo("NY212130" + "0000001" + "200325" + " ".repeat(11)
                + "00000000000123450" + " ".repeat(12) + "0001000000170" + "000000");
        assertThat(lines.get(3)).isEqualTo("NY212131" + "0000001" + "Kari Nordm" + " ".repeat(25)
                + "10017" + " ".repeat(20) + "00000");
        // transaction type 02: the payee notifies
        assertThat(lines.get(4)).startsWith("NY210230" + "0000002" + "150325");
        assertThat(lines.get(4).substring(32, 49)).isEqualTo("00000000000009990");
        assertThat(lines.get(4).substring(49, 74)).isEqualTo(String.format("%25s", "0002000000185"));
        assertThat(lines.get(5)).startsWith("NY210231" + "0000002" + "Ola       ");
        assertThat(lines.get(8)).isEqualTo("NY210088" + "00000003" + "00000008" + "00000000000183440"
                + "150325" + "010425" + "0".repeat(27));
        assertThat(lines.get(9)).isEqualTo("NY000089" + "00000003" + "00000010" + "00000000000183440"
                + "150325" + "0".repeat(33));
    }

    @Test
    void writesIntoTheOutboxInIso88591AndNeverTwiceForOneTransmission() throws Exception {
        Path file = writer().write(43, 1, threeClaims());

        assertThat(file).isEqualTo(outbox.resolve("avtalegiro-claims-0000043.txt"));
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).hasSize(10 * 82);
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).contains("Bø Ærlig");
        assertThat(parser.parse(file).claims()).isEqualTo(threeClaims().stream()
                .map(claim -> new AvtaleGiroClaim(claim.kid(), claim.amount().setScale(2), claim.dueDate(),
                        claim.payerShortName(), claim.externalReference(), claim.notification()))
                .toList());
        assertThat(Files.list(outbox)).containsExactly(file);

        assertThatThrownBy(() -> writer().write(43, 2, threeClaims())).isInstanceOf(FileAlreadyExistsException.class);
    }

    /**
     * AvtaleGiro systemspesifikasjon v3.3 §2.2.2 field 9: the KID is right-aligned "uten spesialtegn"; a MOD11 KID
     * whose check digit is 10 ('-') cannot be claimed, neither written nor read.
     */
    @Test
    void aKidEndingInDashIsNeitherWrittenNorRead() {
        assertThatThrownBy(() -> AvtaleGiroClaim.bankNotifies("100010050008-", BigDecimal.TEN,
                LocalDate.of(2025, 3, 20), "Kari", "1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("special characters");

        List<String> lines = lines();
        lines.set(2, lines.get(2).substring(0, 49) + String.format("%25s", "100010050008-") + "000000");
        assertThatThrownBy(() -> parser.parse(String.join("\r\n", lines)))
                .hasMessageStartingWith("Line 3: the KID of transaction 1 should be digits without special characters");
    }

    @Test
    void aKidOf26DigitsIsRejected() {
        String kid = "1".repeat(26);

        assertThatThrownBy(() -> new AvtaleGiroClaim(kid, BigDecimal.TEN, LocalDate.of(2025, 3, 20), "Kari", "1",
                Notification.BANK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(kid).hasMessageContaining("26 characters").hasMessageContaining("at most 25");
    }

    @Test
    void aNegativeOrZeroAmountIsRejected() {
        assertThatThrownBy(() -> AvtaleGiroClaim.bankNotifies("0001000000170", new BigDecimal("-10.00"),
                LocalDate.of(2025, 3, 20), "Kari", "1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-10.00 NOK").hasMessageContaining("must be positive");
        assertThatThrownBy(() -> AvtaleGiroClaim.bankNotifies("0001000000170", BigDecimal.ZERO,
                LocalDate.of(2025, 3, 20), "Kari", "1"))
                .hasMessageContaining("must be positive");
    }

    @Test
    void otherBadClaimsAreRejected() {
        LocalDate due = LocalDate.of(2025, 3, 20);
        assertThatThrownBy(() -> AvtaleGiroClaim.bankNotifies("12AB", BigDecimal.TEN, due, "Kari", "1"))
                .hasMessageContaining("cannot be drawn by AvtaleGiro").hasMessageContaining("2-25 digits");
        assertThatThrownBy(() -> AvtaleGiroClaim.bankNotifies("0001000000170", new BigDecimal("1.005"), due, "K", "1"))
                .hasMessageContaining("at most two decimals");
        assertThatThrownBy(() -> new AvtaleGiroClaim("0001000000170", BigDecimal.TEN, due, "Kari Nordmann", "1",
                Notification.BANK))
                .hasMessageContaining("payer short name").hasMessageContaining("holds 10");
        assertThatThrownBy(() -> AvtaleGiroClaim.bankNotifies("0001000000170", BigDecimal.TEN, due, "Kari",
                "x".repeat(26)))
                .hasMessageContaining("external reference");
        assertThatThrownBy(() -> AvtaleGiroClaim.bankNotifies("0001000000170", BigDecimal.TEN, due, "Kari", "€ 5"))
                .hasMessageContaining("ISO-8859-1");
        assertThatThrownBy(() -> writer().render(1, 1, List.of())).hasMessageContaining("at least one claim");
        assertThatThrownBy(() -> new AvtaleGiroClaimFileWriter(new AvtaleGiroProperties("12345678", "987654321",
                "15032080118", outbox, 9)).render(1, 1, threeClaims()))
                .hasMessageContaining("assignment-account");
    }

    @Test
    void theParserRejectsAWrongTotalNamingTheLine() {
        List<String> lines = lines();
        // assignment end, line 9: total 183440 → 183441
        lines.set(8, lines.get(8).replace("00000000000183440", "00000000000183441"));

        assertThatThrownBy(() -> parser.parse(String.join("\r\n", lines)))
                .isInstanceOf(AvtaleGiroFileException.class)
                .hasMessageStartingWith("Line 9: ")
                .hasMessageContaining("NY210088").hasMessageContaining("total amount in øre 183441")
                .hasMessageContaining("183440")
                .extracting(e -> ((AvtaleGiroFileException) e).getLineNumber()).isEqualTo(9);
    }

    @Test
    void theParserRejectsAWrongTransmissionTotalNamingTheLine() {
        List<String> lines = lines();
        lines.set(9, lines.get(9).replace("00000000000183440", "00000000000000001"));

        assertThatThrownBy(() -> parser.parse(String.join("\n", lines)))
                .hasMessageStartingWith("Line 10: ").hasMessageContaining("NY000089");
    }

    @Test
    void theParserRejectsAMissingEndRecordNamingTheLine() {
        List<String> withoutTransmissionEnd = lines().subList(0, 9);
        assertThatThrownBy(() -> parser.parse(String.join("\r\n", withoutTransmissionEnd) + "\r\n"))
                .isInstanceOf(AvtaleGiroFileException.class)
                .hasMessageStartingWith("Line 10: ").hasMessageContaining("ends after line 9")
                .hasMessageContaining("transmission end record (NY000089)");

        List<String> withoutAssignmentEnd = new ArrayList<>(lines());
        withoutAssignmentEnd.remove(8);
        assertThatThrownBy(() -> parser.parse(String.join("\r\n", withoutAssignmentEnd)))
                .hasMessageStartingWith("Line 9: ")
                .hasMessageContaining("assignment end record (NY210088)")
                .hasMessageContaining("found a transmission end record");
    }

    @Test
    void theParserRejectsA79CharacterLineNamingIt() {
        List<String> lines = lines();
        lines.set(4, lines.get(4).substring(0, 79));

        assertThatThrownBy(() -> parser.parse(String.join("\r\n", lines)))
                .isInstanceOf(AvtaleGiroFileException.class)
                .hasMessage("Line 5: the record is 79 characters long; every record is exactly 80");
    }

    @Test
    void theParserRejectsRecordsOutOfOrderAndBrokenFields() {
        List<String> swapped = lines();
        String item1 = swapped.get(2);
        swapped.set(2, swapped.get(3));
        swapped.set(3, item1);
        assertThatThrownBy(() -> parser.parse(String.join("\n", swapped)))
                .hasMessageStartingWith("Line 3: expected an amount item 1 record (NY21tt30)");

        List<String> mismatched = lines();
        mismatched.set(3, mismatched.get(3).replace("NY2121310000001", "NY2121310000002"));
        assertThatThrownBy(() -> parser.parse(String.join("\n", mismatched)))
                .hasMessageStartingWith("Line 4: transaction number 2 should be 1");

        List<String> badDate = lines();
        badDate.set(2, badDate.get(2).replace("200325", "310225"));
        assertThatThrownBy(() -> parser.parse(String.join("\n", badDate)))
                .hasMessageStartingWith("Line 3: the due date").hasMessageContaining("'310225'");

        List<String> badFiller = lines();
        badFiller.set(0, badFiller.get(0).substring(0, 79) + "1");
        assertThatThrownBy(() -> parser.parse(String.join("\n", badFiller)))
                .hasMessageStartingWith("Line 1: the transmission start filler (positions 32-80)");

        assertThatThrownBy(() -> parser.parse(""))
                .hasMessageStartingWith("Line 1: the file is empty");
    }

    /**
     * Each record written field by field from the field tables of Nets' "AvtaleGiro systemspesifikasjon" v3.3
     * (November 2016), transcribed here with their field numbers. The specification prints no example records, so
     * these are its tables read position by position: §2.1 start transmission, §2.2.1 start assignment, §2.2.2 amount
     * item 1, §2.2.3 amount item 2, §2.2.5 end assignment, §2.4 end transmission.
     */
    @Test
    void everyRecordFollowsTheFieldTableOfTheSpecification() {
        List<String> lines = writer().render(42, 7, List.of(AvtaleGiroClaim.bankNotifies("0001000000170",
                new BigDecimal("1234.50"), LocalDate.of(2025, 3, 20), "Kari Nordmann", "10017"))).lines().toList();

        // §2.1: 1 NY, 2 tjenestekode 00, 3 forsendelsestype 00, 4 recordtype 10, 5 dataavsender (8), 6 forsendelsesnr
        // (7), 7 datamottaker Nets 00008080, 8 filler 49 zeros
        assertThat(lines.get(0)).isEqualTo("NY" + "00" + "00" + "10" + "12345678" + "0000042" + "00008080"
                + "0".repeat(49));
        // §2.2.1: 1 NY, 2 21, 3 oppdragstype 00, 4 recordtype 20, 5 filler 9 zeros, 6 oppdragsnr (7), 7 oppdragskonto
        // (11), 8 filler 45 zeros
        assertThat(lines.get(1)).isEqualTo("NY" + "21" + "00" + "20" + "000000000" + "0000007" + ACCOUNT
                + "0".repeat(45));
        // §2.2.2: 1 NY, 2 21, 3 transtype 21 (varsling fra bank), 4 30, 5 transnr (7), 6 forfallsdato DDMMÅÅ,
        // 7 filler 11 blanks, 8 beløp in øre (17), 9 KID right-aligned blank-filled (25), 10 filler 6 zeros
        assertThat(lines.get(2)).isEqualTo("NY" + "21" + "21" + "30" + "0000001" + "200325" + " ".repeat(11)
                + "00000000000123450" + " ".repeat(12) + "0001000000170" + "000000");
        // §2.2.3: 1 NY, 2 21, 3 21, 4 31, 5 transnr, 6 kortnavn (10), 7 filler 25 blanks, 8 fremmedref (25),
        // 9 filler 5 zeros
        assertThat(lines.get(3)).isEqualTo("NY" + "21" + "21" + "31" + "0000001" + "Kari Nordm" + " ".repeat(25)
                + "10017" + " ".repeat(20) + "00000");
        // §2.2.5: 1 NY, 2 21, 3 00, 4 88, 5 antall transaksjoner (8), 6 antall records incl. start and end (8),
        // 7 sum beløp (17), 8 første forfallsdato, 9 siste forfallsdato, 10 filler 27 zeros
        assertThat(lines.get(4)).isEqualTo("NY" + "21" + "00" + "88" + "00000001" + "00000004"
                + "00000000000123450" + "200325" + "200325" + "0".repeat(27));
        // §2.4: 1 NY, 2 00, 3 00, 4 89, 5 antall transaksjoner, 6 antall records incl. the transmission's own start
        // and end, 7 sum beløp, 8 første dato (earliest due date), 9 filler 33 zeros
        assertThat(lines.get(5)).isEqualTo("NY" + "00" + "00" + "89" + "00000001" + "00000006"
                + "00000000000123450" + "200325" + "0".repeat(33));
    }

    /** A file that carries the agreement id in positions 9-17 of its start assignment is refused, naming them. */
    @Test
    void theParserRefusesAnAgreementIdWhereTheSpecificationHasZeros() {
        List<String> lines = lines();
        lines.set(1, "NY210020" + "987654321" + lines.get(1).substring(17));

        assertThatThrownBy(() -> parser.parse(String.join("\r\n", lines)))
                .isInstanceOf(AvtaleGiroFileException.class)
                .hasMessageStartingWith("Line 2: the assignment start zeros (positions 9-17)")
                .hasMessageContaining("should be zeros").hasMessageContaining("'987654321'");
    }

    /**
     * The sample claim file otovo/python-netsgiro keeps beside its copy of the specification
     * (tests/data/avtalegiro_payment_request.txt, commit d7e39b2e9707af1723a9047b5709a14ad8c22db2), transcribed line by
     * line: six claims of types 21 and 02, three of them with specification records, and zeros in positions 9-17 of
     * the start assignment. It reads whole, with its counts and totals.
     */
    @Test
    void readsThePublishedSampleClaimFile() {
        String sample = String.join("\r\n",
                "NY000010555555551000081000080800000000000000000000000000000000000000000000000000",
                "NY210020000000000400008688888888888000000000000000000000000000000000000000000000",
                "NY2121300000001170604           00000000000000100          008000011688373000000",
                "NY2121310000001NAVN                                                        00000",
                "NY212149000000140011 Gjelder Faktura: 168837  Dato: 19/03/0400000000000000000000",
                "NY212149000000140012                  ForfallsDato: 17/06/0400000000000000000000",
                "NY2121300000002170604           00000000000000100          008000021688389000000",
                "NY2121310000002NAVN                                                        00000",
                "NY212149000000240011 Gjelder Faktura: 168838  Dato: 19/03/0400000000000000000000",
                "NY212149000000240012                  ForfallsDato: 17/06/0400000000000000000000",
                "NY2121300000003170604           00000000000000100          008000031688395000000",
                "NY2121310000003NAVN                                                        00000",
                "NY2121300000004170604           00000000000000100          008000041688401000000",
                "NY2121310000004NAVN                                                        00000",
                "NY2121300000005170604           00000000000000100          008000051688416000000",
                "NY2121310000005NAVN                                                        00000",
                "NY212149000000540011 Gjelder Faktura: 168841  Dato: 19/03/0400000000000000000000",
                "NY212149000000540012                  ForfallsDato: 17/06/0400000000000000000000",
                "NY2102300000006170604           00000000000000100          008000061688422000000",
                "NY2102310000006NAVN                                                        00000",
                SAMPLE_END_ASSIGNMENT, SAMPLE_END_TRANSMISSION);

        AvtaleGiroClaimFile parsed = parser.parse(sample);

        assertThat(parsed.records().get(1)).isEqualTo(new AssignmentStart(2, "4000086", "88888888888"));
        assertThat(parsed.claims()).hasSize(6);
        assertThat(parsed.claims()).extracting(AvtaleGiroClaim::notification).containsExactly(Notification.BANK,
                Notification.BANK, Notification.BANK, Notification.BANK, Notification.BANK, Notification.PAYEE);
        assertThat(parsed.claims().get(0).kid()).isEqualTo("008000011688373");
        assertThat(parsed.claims().get(0).dueDate()).isEqualTo(LocalDate.of(2004, 6, 17));
        assertThat(parsed.claims().get(0).amountInOre()).isEqualTo(100);
    }

    @Test
    void theCutOffIsCountedBackFromTheDueDate() {
        AvtaleGiroProperties properties = new AvtaleGiroProperties(null, null, null, null, 9);
        assertThat(properties.outbox()).isEqualTo(Path.of("./data/avtalegiro-outbox"));
        assertThat(properties.lastSendingDateFor(LocalDate.of(2025, 3, 20))).isEqualTo(LocalDate.of(2025, 3, 11));
    }

    @Test
    void theSettingsBindWithTheirDefaults() {
        AvtaleGiroProperties bound = new Binder(new MapConfigurationPropertySource(Map.of(
                "fakturaflyt.avtalegiro.data-sender-id", "12345678",
                "fakturaflyt.avtalegiro.agreement-id", "987654321",
                "fakturaflyt.avtalegiro.assignment-account", ACCOUNT)))
                .bindOrCreate("fakturaflyt.avtalegiro", AvtaleGiroProperties.class);

        assertThat(bound.dataSenderId()).isEqualTo("12345678");
        assertThat(bound.agreementId()).isEqualTo("987654321");
        assertThat(bound.assignmentAccount()).isEqualTo(ACCOUNT);
        assertThat(bound.outbox().toAbsolutePath().normalize())
                .isEqualTo(Path.of("data", "avtalegiro-outbox").toAbsolutePath());
        assertThat(bound.cutOffDays()).isEqualTo(9);
    }

    private List<String> lines() {
        return new ArrayList<>(writer().render(42, 7, threeClaims()).lines().toList());
    }
}
