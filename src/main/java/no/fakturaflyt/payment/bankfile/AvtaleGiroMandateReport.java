package no.fakturaflyt.payment.bankfile;

import java.util.List;

/**
 * What applying an AvtaleGiro agreements file did, record by record, for the clerk who uploaded it.
 *
 * @param fileReference     the transmission number of the file
 * @param fullList          whether the file listed all active mandates (every record registration type 0), so
 *                          that mandates it did not name were cleared
 * @param applied           records that set or cleared a customer's mandate
 * @param unchanged         records whose customer already stood as the record says
 * @param unknownKid        records whose KID names no customer
 * @param records           one entry per agreement record, in file order
 * @param clearedNotListed  customer numbers whose mandate a full list cleared because it did not name them
 */
record AvtaleGiroMandateReport(String fileReference, boolean fullList, int applied, int unchanged, int unknownKid,
        List<Entry> records, List<Long> clearedNotListed) {

    enum Outcome { APPLIED, UNCHANGED, UNKNOWN_KID }

    /**
     * @param location       "line N" of the agreement record
     * @param kid            the KID as given
     * @param registration   ALL_ACTIVE, NEW_OR_CHANGED or DELETED
     * @param notifyPayer    the record's notify flag (J = true)
     * @param mandate        whether the customer has a mandate after this record; null for an unknown KID
     * @param outcome        applied, unchanged or unknown KID
     * @param customerNumber the customer the KID names; null for an unknown KID
     * @param detail         why the KID is unknown; null otherwise
     */
    record Entry(String location, String kid, AvtaleGiroAgreements.Registration registration, boolean notifyPayer,
            Boolean mandate, Outcome outcome, Long customerNumber, String detail) {
    }

    static AvtaleGiroMandateReport of(String fileReference, boolean fullList, List<Entry> records,
            List<Long> clearedNotListed) {
        return new AvtaleGiroMandateReport(fileReference, fullList, count(records, Outcome.APPLIED),
                count(records, Outcome.UNCHANGED), count(records, Outcome.UNKNOWN_KID), List.copyOf(records),
                List.copyOf(clearedNotListed));
    }

    private static int count(List<Entry> records, Outcome outcome) {
        return (int) records.stream().filter(entry -> entry.outcome() == outcome).count();
    }
}
