package no.fakturaflyt.payment.bankfile;

import java.util.List;

/**
 * An AvtaleGiro agreements file as read and checked: the payers' banks' news about AvtaleGiro mandates (new, changed,
 * deleted, or a list of all active ones), in file order.
 *
 * @param fileReference the transmission number
 * @param agreements    every agreement record in file order
 */
record AvtaleGiroAgreements(String fileReference, List<Agreement> agreements) {

    AvtaleGiroAgreements {
        agreements = List.copyOf(agreements);
    }

    /**
     * A file whose every record has registration type 0 lists all mandates active at Nets: a mandate it does not
     * name no longer exists. A file without records is no such list.
     */
    boolean isFullList() {
        return !agreements.isEmpty()
                && agreements.stream().allMatch(agreement -> agreement.registration() == Registration.ALL_ACTIVE);
    }

    /** Position 16 of the agreement record. */
    enum Registration {
        /** 0: the record is one of the list of all active mandates. */
        ALL_ACTIVE('0'),
        /** 1: the mandate is new or changed. */
        NEW_OR_CHANGED('1'),
        /** 2: the mandate has been deleted. */
        DELETED('2');

        private final char code;

        Registration(char code) {
            this.code = code;
        }

        static Registration of(char code) {
            for (Registration registration : values()) {
                if (registration.code == code) {
                    return registration;
                }
            }
            throw new IllegalArgumentException("Unknown registration type " + code);
        }

        /** Whether a customer has a mandate after this record. */
        boolean active() {
            return this != DELETED;
        }
    }

    /**
     * One mandate record.
     *
     * @param kid          the KID the payer signed the mandate with, trimmed
     * @param registration new/changed, deleted, or one of all active
     * @param notifyPayer  the notification flag, J = true, N = false: whether the payer wants a notice of each claim
     *                     (check: meaning per [NETSGIRO] "the payer's notification preferences")
     * @param location     "line N"
     */
    record Agreement(String kid, Registration registration, boolean notifyPayer, String location) {
    }
}
