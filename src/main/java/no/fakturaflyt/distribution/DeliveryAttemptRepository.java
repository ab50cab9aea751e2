package no.fakturaflyt.distribution;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeliveryAttemptRepository extends JpaRepository<DeliveryAttempt, Long> {

    boolean existsByIdempotencyKeyAndStatus(String idempotencyKey, DeliveryStatus status);

    List<DeliveryAttempt> findByInvoiceIdOrderByIdAsc(long invoiceId);
}
