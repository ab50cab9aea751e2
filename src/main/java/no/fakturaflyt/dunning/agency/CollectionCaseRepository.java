package no.fakturaflyt.dunning.agency;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CollectionCaseRepository extends JpaRepository<CollectionCase, Long> {

    Optional<CollectionCase> findByInvoiceId(long invoiceId);

    List<CollectionCase> findByStatusOrderByIdAsc(CollectionCase.Status status);

    /**
     * The case, its row locked until the transaction ends: the callback and the poller may report the same closing at
     * the same moment, and only the first of them may close it.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from CollectionCase c where c.agencyReference = :reference")
    Optional<CollectionCase> lockByAgencyReference(String reference);
}
