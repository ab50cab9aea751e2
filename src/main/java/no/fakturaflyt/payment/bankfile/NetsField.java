package no.fakturaflyt.payment.bankfile;

/**
 * One field of a Nets 80-character record: 1-based inclusive positions as the Nets specifications number them, and
 * the name a clerk reads in an error message.
 */
record NetsField(int from, int to, String name) {

    NetsField {
        if (from < 1 || to > NetsRecord.LENGTH || to < from) {
            throw new IllegalArgumentException("A field lies within positions 1-80: " + name + " " + from + "-" + to);
        }
    }

    int length() {
        return to - from + 1;
    }

    /** "settlement date (positions 16-21)". */
    String label() {
        return name + " (positions " + from + "-" + to + ")";
    }
}
