package no.fakturaflyt.document;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredDocumentRepository extends JpaRepository<StoredDocument, Long> {

    Optional<StoredDocument> findByInvoiceIdAndKind(long invoiceId, String kind);
}
