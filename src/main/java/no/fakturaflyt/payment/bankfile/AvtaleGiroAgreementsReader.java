package no.fakturaflyt.payment.bankfile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.fakturaflyt.payment.bankfile.AvtaleGiroAgreements.Agreement;
import no.fakturaflyt.payment.bankfile.AvtaleGiroAgreements.Registration;
import org.springframework.stereotype.Component;

/**
 * Reads the AvtaleGiro agreements file Nets sends the payee (service code 21, assignment type 24, transaction type
 * 94): which payers signed, changed or deleted an AvtaleGiro mandate, by KID. Checked as strictly as an OCR Giro file
 * (see {@link OcrGiroReader}): the whole file before anything is returned, the first fault rejected with the line.
 *
 * <p>Sources: [SPEC] Nets, "AvtaleGiro systemspesifikasjon" v3.3 (November 2016) §3.3 "Oversikt egne kunders faste
 * betalingsoppdrag" (positions of every record below, the notify flag in position 42: J = the payer wants written
 * notice, N = not); [NETSGIRO] otovo/python-netsgiro, netsgiro/records.py (AssignmentStart type 24, AvtaleGiroAgreement,
 * AssignmentEnd type 24) and its tests/data/avtalegiro_agreements.txt; [MPS] Mastercard Payment Services, developer
 * page "OCR specification for mandates", whose sample file (two new/changed mandates and one deleted) these positions
 * reproduce. The Nets field table itself was not available; positions marked "(check)" rest on the samples alone.
 *
 * <pre>
 * Transmission start NY000010   see NetsTransmission
 * Assignment start   NY212420   9-17 zeros  18-24 assignment number  25-35 assignment account  36-80 zeros
 * Agreement          NY219470   9-15 transaction number  16 registration type 0/1/2
 *                               17-41 KID (right-aligned, blank-filled)  42 notify J/N  43-80 zeros
 * Assignment end     NY212488   9-16 transactions  17-24 records incl. start and end  25-80 zeros
 * Transmission end   NY000089   see NetsTransmission; its total is zero
 * </pre>
 */
@Component
class AvtaleGiroAgreementsReader {

    static final String SERVICE_AVTALEGIRO = "21";
    static final String ASSIGNMENT_TYPE_AGREEMENTS = "24";
    static final String TRANSACTION_TYPE_AGREEMENT = "94";
    static final String ASSIGNMENT_START_CODE = "NY212420";
    static final String AGREEMENT_CODE = "NY219470";
    static final String ASSIGNMENT_END_CODE = "NY212488";

    /** Zeros in both samples; [NETSGIRO] names it a filler where other assignments carry the agreement id (check). */
    static final NetsField ASSIGNMENT_START_ZEROS = new NetsField(9, 17, "filler");
    static final NetsField ASSIGNMENT_NUMBER = new NetsField(18, 24, "assignment number");
    static final NetsField ASSIGNMENT_ACCOUNT = new NetsField(25, 35, "assignment account");
    static final NetsField ASSIGNMENT_START_FILLER = new NetsField(36, 80, "filler");

    static final NetsField TRANSACTION_NUMBER = new NetsField(9, 15, "transaction number");
    static final NetsField REGISTRATION_TYPE = new NetsField(16, 16, "registration type");
    static final NetsField KID = new NetsField(17, 41, "KID");
    /** J or N: "skriftlig varsel", whether the payer wants written notice of each charge (spec v3.3 §3.3.2 field 8). */
    static final NetsField NOTIFY = new NetsField(42, 42, "notify flag");
    static final NetsField AGREEMENT_FILLER = new NetsField(43, 80, "filler");

    static final NetsField ASSIGNMENT_END_FILLER = new NetsField(25, 80, "filler");

    private static final String ASSIGNMENT_START = "assignment start record (NY212420)";
    private static final String AGREEMENT = "agreement record (NY219470)";
    private static final String ASSIGNMENT_END = "assignment end record (NY212488)";

    AvtaleGiroAgreements read(byte[] file) {
        List<NetsRecord> records = NetsRecord.split(file);
        List<Agreement> agreements = new ArrayList<>();
        String transmissionNumber = null;
        boolean ended = false;
        long transmissionRecords = 0;
        Integer assignmentStart = null;
        long assignmentTransactions = 0;
        long assignmentRecords = 0;
        Set<String> transactionNumbers = new HashSet<>();

        for (NetsRecord record : records) {
            if (ended) {
                throw record.fault("a record after the transmission end record (NY000089); nothing may follow it");
            }
            transmissionRecords++;
            String code = record.code();
            if (transmissionNumber == null) {
                if (!NetsTransmission.isStart(record)) {
                    throw record.fault("expected the transmission start record (NY000010), found '" + code + "'");
                }
                transmissionNumber = NetsTransmission.readStart(record);
            } else if (NetsTransmission.isEnd(record)) {
                if (assignmentStart != null) {
                    throw record.fault("expected an " + AGREEMENT + " or the " + ASSIGNMENT_END + ", found the "
                            + "transmission end record (NY000089); the assignment started on line "
                            + assignmentStart + " has no assignment end record");
                }
                NetsTransmission.readEnd(record, agreements.size(), transmissionRecords, 0);
                ended = true;
            } else if (code.equals(ASSIGNMENT_START_CODE)) {
                if (assignmentStart != null) {
                    throw record.fault("an " + ASSIGNMENT_START + " inside the assignment started on line "
                            + assignmentStart + ", which has no assignment end record");
                }
                record.zeros(ASSIGNMENT_START_ZEROS, ASSIGNMENT_START);
                record.digits(ASSIGNMENT_NUMBER, ASSIGNMENT_START);
                record.digits(ASSIGNMENT_ACCOUNT, ASSIGNMENT_START);
                record.zeros(ASSIGNMENT_START_FILLER, ASSIGNMENT_START);
                assignmentStart = record.lineNumber();
                assignmentTransactions = 0;
                assignmentRecords = 1;
                transactionNumbers.clear();
            } else if (code.equals(AGREEMENT_CODE)) {
                if (assignmentStart == null) {
                    throw record.fault("an " + AGREEMENT + " outside an assignment; expected an " + ASSIGNMENT_START
                            + " or the transmission end record (NY000089)");
                }
                String number = record.digits(TRANSACTION_NUMBER, AGREEMENT);
                if (!transactionNumbers.add(number)) {
                    throw record.fault("transaction number " + number + " appears twice in the assignment started on "
                            + "line " + assignmentStart);
                }
                Registration registration = Registration.of(record.oneOf(REGISTRATION_TYPE, "012", AGREEMENT));
                String kid = record.kid(KID, AGREEMENT);
                if (kid == null) {
                    throw record.fault("the " + KID.label() + " of the " + AGREEMENT + " is blank; a mandate is "
                            + "signed for a KID");
                }
                boolean notify = record.oneOf(NOTIFY, "JN", AGREEMENT) == 'J';
                record.zeros(AGREEMENT_FILLER, AGREEMENT);
                agreements.add(new Agreement(kid, registration, notify, record.location()));
                assignmentTransactions++;
                assignmentRecords++;
            } else if (code.equals(ASSIGNMENT_END_CODE)) {
                if (assignmentStart == null) {
                    throw record.fault("an " + ASSIGNMENT_END + " without its " + ASSIGNMENT_START);
                }
                assignmentRecords++;
                String counted = " in the assignment started on line " + assignmentStart;
                NetsTransmission.compare(record, ASSIGNMENT_END, NetsTransmission.TRANSACTION_COUNT,
                        assignmentTransactions, "agreement records were read" + counted);
                NetsTransmission.compare(record, ASSIGNMENT_END, NetsTransmission.RECORD_COUNT, assignmentRecords,
                        "records were read" + counted + ", start and end included");
                record.zeros(ASSIGNMENT_END_FILLER, ASSIGNMENT_END);
                assignmentStart = null;
            } else {
                throw record.fault(unknown(record));
            }
        }
        if (!ended) {
            int last = records.get(records.size() - 1).lineNumber();
            throw new BankFileException("line " + (last + 1), "the file ends after line " + last + " without "
                    + (assignmentStart != null ? "the " + ASSIGNMENT_END + " of the assignment started on line "
                            + assignmentStart + ", nor a transmission end record (NY000089)"
                            : "the transmission end record (NY000089)"));
        }
        return new AvtaleGiroAgreements(transmissionNumber, agreements);
    }

    private static String unknown(NetsRecord record) {
        if (record.serviceCode().equals(OcrGiroLayout.SERVICE_OCR_GIRO)) {
            return "'" + record.code() + "' is an OCR Giro record (service code 09), not an AvtaleGiro agreement; "
                    + "an AvtaleGiro agreements file holds only records NY212420, NY219470 and NY212488 between "
                    + "its transmission records";
        }
        if (record.serviceCode().equals(SERVICE_AVTALEGIRO)) {
            return "'" + record.code() + "' is not a record of an AvtaleGiro agreements assignment (assignment type "
                    + ASSIGNMENT_TYPE_AGREEMENTS + ", transaction type " + TRANSACTION_TYPE_AGREEMENT
                    + "): expected NY212420, NY219470 or NY212488";
        }
        return "unknown record '" + record.code() + "'; an AvtaleGiro agreements file holds records NY000010, "
                + "NY212420, NY219470, NY212488 and NY000089";
    }
}
