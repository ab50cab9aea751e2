package no.fakturaflyt.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * A voucher to post. {@code sourceType} + {@code sourceId} identify what it books (e.g. INVOICE 42): the ledger
 * posts each source once, however often it is asked. {@code dateRule} says what happens when {@code date} lies in a
 * closed period; without it the date is the company's own document date ({@link PostingDateRule#OWN_DOCUMENT}).
 */
public record VoucherRequest(LocalDate date, String description, String sourceType, long sourceId, String postedBy,
        List<PostingLine> lines, PostingDateRule dateRule) {

    public VoucherRequest(LocalDate date, String description, String sourceType, long sourceId, String postedBy,
            List<PostingLine> lines) {
        this(date, description, sourceType, sourceId, postedBy, lines, PostingDateRule.OWN_DOCUMENT);
    }

    /** The same voucher, booked in the first open period when its date lies in a closed one. */
    public VoucherRequest inFirstOpenPeriod() {
        return new VoucherRequest(date, description, sourceType, sourceId, postedBy, lines,
                PostingDateRule.FIRST_OPEN_PERIOD);
    }
}
