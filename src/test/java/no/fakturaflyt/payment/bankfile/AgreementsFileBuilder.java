package no.fakturaflyt.payment.bankfile;

import static no.fakturaflyt.payment.bankfile.OcrFileBuilder.num;
import static no.fakturaflyt.payment.bankfile.OcrFileBuilder.right;

import java.util.ArrayList;
import java.util.List;

/**
 * Test-only writer of AvtaleGiro agreements files, record by record with the fields padded as Nets pads them and the
 * control figures of the end records worked out here.
 */
final class AgreementsFileBuilder {

    private final List<String> lines = new ArrayList<>();
    private int assignments;
    private int transactions;
    private int assignmentTransactions;
    private int assignmentRecords;

    AgreementsFileBuilder(String transmissionNumber) {
        lines.add("NY000010" + "00008080" + num(transmissionNumber, 7) + "00123456" + "0".repeat(49));
    }

    AgreementsFileBuilder assignment() {
        assignments++;
        assignmentTransactions = 0;
        assignmentRecords = 1;
        lines.add("NY212420" + "000000000" + num(String.valueOf(assignments), 7) + "12345678903" + "0".repeat(45));
        return this;
    }

    /** Registration type 0 (all active), 1 (new/changed) or 2 (deleted). */
    AgreementsFileBuilder agreement(char registrationType, String kid, boolean notify) {
        assignmentTransactions++;
        assignmentRecords++;
        transactions++;
        lines.add("NY219470" + num(String.valueOf(assignmentTransactions), 7) + registrationType + right(kid, 25)
                + (notify ? "J" : "N") + "0".repeat(38));
        return this;
    }

    AgreementsFileBuilder endAssignment() {
        assignmentRecords++;
        lines.add("NY212488" + num(String.valueOf(assignmentTransactions), 8) + num(String.valueOf(assignmentRecords), 8)
                + "0".repeat(56));
        return this;
    }

    List<String> lines() {
        List<String> all = new ArrayList<>(lines);
        all.add("NY000089" + num(String.valueOf(transactions), 8) + num(String.valueOf(all.size() + 1), 8)
                + "0".repeat(17) + "000000" + "0".repeat(33));
        return all;
    }

    byte[] build() {
        return OcrFileBuilder.bytes(lines());
    }
}
