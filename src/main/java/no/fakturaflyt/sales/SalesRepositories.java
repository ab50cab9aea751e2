package no.fakturaflyt.sales;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** The repositories of the sales module; the lock methods serialise concurrent sends, confirmations and invoicing. */
final class SalesRepositories {

    private SalesRepositories() {
    }
}

interface QuoteRepository extends JpaRepository<Quote, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select q from Quote q where q.id = :id")
    Optional<Quote> lockById(long id);

    List<Quote> findByCustomerIdOrderByIdDesc(long customerId);

    List<Quote> findAllByOrderByIdDesc();
}

interface SalesOrderRepository extends JpaRepository<SalesOrder, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from SalesOrder o where o.id = :id")
    Optional<SalesOrder> lockById(long id);

    Optional<SalesOrder> findByQuoteId(long quoteId);

    List<SalesOrder> findByCustomerIdOrderByIdDesc(long customerId);

    List<SalesOrder> findAllByOrderByIdDesc();
}

interface DeliveryRepository extends JpaRepository<Delivery, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Delivery d where d.id = :id")
    Optional<Delivery> lockById(long id);

    List<Delivery> findByOrderIdOrderByIdAsc(long orderId);

    /** Deliveries not invoiced yet of orders invoiced collectively, locked, oldest first. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Delivery d where d.invoiceId is null and d.orderId in "
            + "(select o.id from SalesOrder o where o.collectiveInvoicing = true) order by d.id")
    List<Delivery> lockUninvoicedCollective();
}

interface OrderChangeRepository extends JpaRepository<OrderChange, Long> {

    List<OrderChange> findByOrderIdOrderByIdAsc(long orderId);
}

interface SalesSettingsRepository extends JpaRepository<SalesSettings, Long> {
}

interface SalesDocumentRepository extends JpaRepository<SalesDocument, Long> {

    Optional<SalesDocument> findByEntityTypeAndEntityId(SalesEvent.Subject entityType, long entityId);
}
