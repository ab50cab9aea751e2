package no.fakturaflyt.distribution;

/**
 * The channel accepted the document, but the delivery log could not record it: the attempt stays SENDING, the step
 * fails technically, and its next try resolves the attempt instead of sending blindly.
 */
class AcceptedButNotRecordedException extends RuntimeException {

    AcceptedButNotRecordedException(long attemptId, Throwable cause) {
        super("Delivery attempt " + attemptId + " was accepted by the channel but could not be recorded as sent: "
                + cause.getMessage(), cause);
    }
}
