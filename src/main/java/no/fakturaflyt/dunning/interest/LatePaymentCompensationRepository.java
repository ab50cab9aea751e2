package no.fakturaflyt.dunning.interest;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LatePaymentCompensationRepository extends JpaRepository<LatePaymentCompensation, Long> {

    boolean existsByInvoiceId(long invoiceId);

    List<LatePaymentCompensation> findByInterestNoteIdOrderByIdAsc(long interestNoteId);
}
