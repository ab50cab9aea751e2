package no.fakturaflyt.distribution.provider;

import java.util.List;

/** A registered Peppol receiver and the document types it accepts. */
public record PeppolParticipant(String participantId, List<String> documentTypes) {
}
