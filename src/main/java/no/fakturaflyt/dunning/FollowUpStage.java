package no.fakturaflyt.dunning;

/** Where a follow-up case stands, for the overview. */
public enum FollowUpStage {
    /** Posted, not yet overdue (due date plus postal days not passed). */
    OPEN(false),
    /** Overdue and on the follow-up list, no reminder yet. */
    LISTED(false),
    REMINDER_1(false),
    REMINDER_2(false),
    COLLECTION_NOTICE(false),
    /** The notice's deadline has passed; the transfer waits for its turn or a clerk's approval. */
    AWAITING_TRANSFER(false),
    TRANSFERRED(false),
    PAID(true),
    CREDITED(true),
    WRITTEN_OFF(true);

    private final boolean closed;

    FollowUpStage(boolean closed) {
        this.closed = closed;
    }

    public boolean isClosed() {
        return closed;
    }
}
