package no.fakturaflyt.payment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PaymentRepository extends JpaRepository<Payment, Long> {

    Optional<Payment> findByIdempotencyKey(String idempotencyKey);

    List<Payment> findByInvoiceIdOrderByIdAsc(long invoiceId);

    List<Payment> findByCustomerIdOrderByPaidOnAscIdAsc(long customerId);

    /** Per customer: [customerId, sum of amounts] of the payments made by the end of {@code asOf}. */
    @Query("select p.customerId, sum(p.amount) from Payment p where p.paidOn <= :asOf group by p.customerId")
    List<Object[]> sumPaidPerCustomer(@Param("asOf") LocalDate asOf);

    /** What the customer's standing (not reversed) payments paid beyond the items they were for. */
    @Query("select coalesce(sum(p.unallocated), 0) from Payment p where p.customerId = :customerId "
            + "and p.reversedOn is null")
    java.math.BigDecimal sumUnallocated(@Param("customerId") long customerId);
}
