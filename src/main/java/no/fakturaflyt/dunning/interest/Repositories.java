package no.fakturaflyt.dunning.interest;

import jakarta.persistence.LockModeType;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InterestAccrualRepository extends JpaRepository<InterestAccrual, Long> {

    boolean existsByPaidByAndPaymentId(PaidBy paidBy, long paymentId);

    List<InterestAccrual> findByBilledInvoiceIdIsNullOrderByCustomerIdAscInvoiceNumberAscFromDateAsc();

    List<InterestAccrual> findByInvoiceIdOrderByIdAsc(long invoiceId);

    List<InterestAccrual> findByBilledInvoiceIdOrderByIdAsc(long billedInvoiceId);

    /**
     * The customer's unbilled accruals, locked: a second interest note for the same customer waits here and then
     * finds them billed, so nothing is billed twice.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from InterestAccrual a where a.customerId = :customerId and a.billedInvoiceId is null"
            + " order by a.invoiceNumber, a.fromDate, a.id")
    List<InterestAccrual> lockUnbilledOf(@Param("customerId") long customerId);
}

interface LatePaymentCompensationRepository extends JpaRepository<LatePaymentCompensation, Long> {

    boolean existsByInvoiceId(long invoiceId);

    List<LatePaymentCompensation> findByInterestNoteIdOrderByIdAsc(long interestNoteId);
}

interface PendingInterestRepository extends JpaRepository<PendingInterest, Long> {

    /** Every pending stretch, locked, so that two nodes adding a rate at once accrue each stretch once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from PendingInterest p order by p.fromDate, p.id")
    List<PendingInterest> lockAll();

    List<PendingInterest> findByInvoiceIdOrderByFromDateAsc(long invoiceId);

    boolean existsByPaidByAndPaymentId(PaidBy paidBy, long paymentId);
}
