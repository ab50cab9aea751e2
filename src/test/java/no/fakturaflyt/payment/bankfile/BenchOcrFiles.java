package no.fakturaflyt.payment.bankfile;

import java.time.LocalDate;
import java.util.List;

/**
 * Lets the benchmarks (package {@code no.fakturaflyt.bench}) write an OCR Giro file with the package-private test
 * builder {@link OcrFileBuilder}: one transmission, one assignment, one ordinary giro payment (transaction type 10)
 * per entry, all settled on the same day.
 */
public final class BenchOcrFiles {

    /** One payment: the invoice's KID, the amount in øre, and the bank's archive reference (at most 9 digits). */
    public record Payment(String kid, long ore, String archiveReference) {
    }

    private BenchOcrFiles() {
    }

    public static byte[] ocr(String transmissionNumber, LocalDate settled, List<Payment> payments) {
        OcrFileBuilder file = new OcrFileBuilder(transmissionNumber).assignment();
        for (Payment payment : payments) {
            file.payment(10, settled, payment.ore(), payment.kid(), payment.archiveReference(), "98765432106");
        }
        return file.endAssignment().build();
    }
}
