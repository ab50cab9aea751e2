package no.fakturaflyt.ledger;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OpenItemRepository extends JpaRepository<OpenItem, Long> {

    Optional<OpenItem> findByInvoiceId(long invoiceId);

    List<OpenItem> findByCustomerIdOrderByDueDateAsc(long customerId);

    List<OpenItem> findByConcernsInvoiceIdOrderByIdAsc(long concernsInvoiceId);

    List<OpenItem> findByKidOrderByIdAsc(String kid);

    List<OpenItem> findByOpenAmountOrderByDueDateAsc(java.math.BigDecimal openAmount);

    List<OpenItem> findByItemTypeAndOpenAmountGreaterThanAndDueDateBetweenOrderByDueDateAsc(OpenItemType itemType,
            java.math.BigDecimal openAmount, java.time.LocalDate from, java.time.LocalDate to);

    Optional<OpenItem> findByItemTypeAndConcernsInvoiceIdAndReference(OpenItemType itemType, long concernsInvoiceId,
            String reference);
}
