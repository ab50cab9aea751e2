package no.fakturaflyt.distribution.avtalegiro;

import java.time.LocalDate;
import no.fakturaflyt.distribution.avtalegiro.AvtaleGiroClaim.Notification;

/** One 80-character record of an AvtaleGiro claim file as read back, with the line it came from (1-based). */
public sealed interface AvtaleGiroRecord {

    int lineNumber();

    /** NY000010. */
    record TransmissionStart(int lineNumber, String dataSenderId, String transmissionNumber, String dataReceiverId)
            implements AvtaleGiroRecord {
    }

    /** NY210020 (positions 9-17 are a filler of zeros, checked when read). */
    record AssignmentStart(int lineNumber, String assignmentNumber, String assignmentAccount)
            implements AvtaleGiroRecord {
    }

    /** NY21tt30: the amount, due date and KID of one claim. */
    record AmountItem1(int lineNumber, Notification notification, int transactionNumber, LocalDate dueDate,
            long amountInOre, String kid) implements AvtaleGiroRecord {
    }

    /** NY21tt31: the payer's short name and the payee's reference of one claim. */
    record AmountItem2(int lineNumber, Notification notification, int transactionNumber, String payerShortName,
            String externalReference) implements AvtaleGiroRecord {
    }

    /** NY21tt49: half a line (column 1 or 2) of the bank's notice text; read, never written. */
    record Specification(int lineNumber, Notification notification, int transactionNumber, int specificationLine,
            int column, String text) implements AvtaleGiroRecord {
    }

    /** NY210088. */
    record AssignmentEnd(int lineNumber, long transactionCount, long recordCount, long totalInOre,
            LocalDate firstDueDate, LocalDate lastDueDate) implements AvtaleGiroRecord {
    }

    /** NY000089; {@code date} is positions 42-47, the earliest due date of the transmission. */
    record TransmissionEnd(int lineNumber, long transactionCount, long recordCount, long totalInOre, LocalDate date)
            implements AvtaleGiroRecord {
    }
}
