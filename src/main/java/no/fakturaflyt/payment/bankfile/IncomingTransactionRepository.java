package no.fakturaflyt.payment.bankfile;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IncomingTransactionRepository extends JpaRepository<IncomingTransaction, Long> {

    Optional<IncomingTransaction> findByReference(String reference);

    List<IncomingTransaction> findByImportIdOrderByIdAsc(long importId);

    List<IncomingTransaction> findByImportIdAndStatusOrderByIdAsc(long importId, IncomingTransaction.Status status);

    List<IncomingTransaction> findByStatusOrderByIdAsc(IncomingTransaction.Status status);
}
