package no.fakturaflyt.invoicing;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InvoiceRepository extends JpaRepository<Invoice, Long> {

    java.util.Optional<Invoice> findTopBySeriesCodeAndInvoiceNumberNotNullOrderByInvoiceNumberDesc(String seriesCode);

    java.util.Optional<Invoice> findBySeriesCodeAndInvoiceNumber(String seriesCode, long invoiceNumber);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Invoice i where i.id = :id")
    Optional<Invoice> lockById(@Param("id") long id);

    List<Invoice> findByStatusOrderByIdDesc(InvoiceStatus status);

    List<Invoice> findAllByOrderByIdDesc();

    List<Invoice> findByCreditedInvoiceIdAndStatusNot(long creditedInvoiceId, InvoiceStatus status);
}
