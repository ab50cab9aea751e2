package no.fakturaflyt.dunning.interest;

import jakarta.persistence.LockModeType;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PendingInterestRepository extends JpaRepository<PendingInterest, Long> {

    /** Every pending stretch, locked, so that two nodes adding a rate at once accrue each stretch once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from PendingInterest p order by p.fromDate, p.id")
    List<PendingInterest> lockAll();

    List<PendingInterest> findByInvoiceIdOrderByFromDateAsc(long invoiceId);

    boolean existsByPaidByAndPaymentId(PaidBy paidBy, long paymentId);
}
