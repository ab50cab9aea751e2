package no.fakturaflyt.distribution;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeliveryAttemptRepository extends JpaRepository<DeliveryAttempt, Long> {

    Optional<DeliveryAttempt> findFirstByIdempotencyKeyAndStatus(String idempotencyKey, DeliveryStatus status);

    Optional<DeliveryAttempt> findFirstByMessageIdAndStatus(String messageId, DeliveryStatus status);

    List<DeliveryAttempt> findByInvoiceIdOrderByIdAsc(long invoiceId);

    List<DeliveryAttempt> findByInvoiceIdAndDocumentIdIsNullOrderByIdAsc(long invoiceId);

    List<DeliveryAttempt> findByInvoiceIdAndDocumentIdOrderByIdAsc(long invoiceId, long documentId);
}
