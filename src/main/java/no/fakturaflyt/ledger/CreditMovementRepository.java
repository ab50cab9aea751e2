package no.fakturaflyt.ledger;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CreditMovementRepository extends JpaRepository<CreditMovement, Long> {

    List<CreditMovement> findByCustomerIdOrderByMovedOnAscIdAsc(long customerId);

    /** Per customer: [customerId, signed sum] of the movements dated up to {@code asOf}. */
    @org.springframework.data.jpa.repository.Query("select m.customerId, sum(m.amount) from CreditMovement m "
            + "where m.movedOn <= :asOf group by m.customerId")
    List<Object[]> sumPerCustomer(@org.springframework.data.repository.query.Param("asOf") java.time.LocalDate asOf);
}
