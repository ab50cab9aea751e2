package no.fakturaflyt.distribution;

/**
 * An earlier try of this delivery was handed to a channel that cannot be asked what became of it (e-mail) and never
 * recorded an outcome: the document may have arrived. The run does not send it again by itself; a clerk decides.
 */
class DeliveryUnconfirmedException extends RuntimeException {

    DeliveryUnconfirmedException(String message) {
        super(message);
    }
}
