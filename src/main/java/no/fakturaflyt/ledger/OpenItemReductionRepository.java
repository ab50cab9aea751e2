package no.fakturaflyt.ledger;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OpenItemReductionRepository extends JpaRepository<OpenItemReduction, Long> {

    List<OpenItemReduction> findByCustomerIdOrderByReducedOnAscIdAsc(long customerId);

    List<OpenItemReduction> findByOpenItemId(long openItemId);
}
