package no.fakturaflyt.distribution;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.common.NotFoundException;
import no.fakturaflyt.document.DocumentService;
import no.fakturaflyt.document.StoredDocument;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Distribution")
class DistributionController {

    private final DeliveryLog log;
    private final InvoiceService invoices;
    private final DistributionOverview overview;
    private final LateFailureService lateFailures;
    private final DocumentService documents;

    DistributionController(DeliveryLog log, InvoiceService invoices, DistributionOverview overview,
            LateFailureService lateFailures, DocumentService documents) {
        this.documents = documents;
        this.log = log;
        this.invoices = invoices;
        this.overview = overview;
        this.lateFailures = lateFailures;
    }

    @GetMapping("/api/invoices/{id}/deliveries")
    @Operation(summary = "Every delivery attempt of the invoice and of its reminders and collection notices, in "
            + "order: which document (INVOICE, CREDIT_NOTE, REMINDER_1, REMINDER_2, COLLECTION_NOTICE; documentId "
            + "null for the invoice's own PDF), channel, recipient, time, outcome, provider reference, error")
    List<AttemptView> deliveries(@PathVariable long id) {
        Invoice invoice = invoices.get(id);
        String ownFileName = documents.invoicePdf(id).map(StoredDocument::getFileName).orElse(null);
        Map<Long, StoredDocument> followUps = new HashMap<>();
        return log.attempts(id).stream().map(a -> a.getDocumentId() == null
                ? AttemptView.of(a, invoice.getInvoiceType().name(), ownFileName)
                : followUp(a, followUps.computeIfAbsent(a.getDocumentId(), documents::document))).toList();
    }

    private static AttemptView followUp(DeliveryAttempt attempt, StoredDocument document) {
        return AttemptView.of(attempt, document.getKind(), document.getFileName());
    }

    @GetMapping("/api/distribution")
    @Operation(summary = "Sent documents by distribution status: DELIVERED, IN_PROGRESS or NEEDS_ACTION")
    List<DistributionOverview.Entry> list(@RequestParam(required = false) DistributionOverview.Status status) {
        return overview.list(status);
    }

    @PostMapping("/api/distribution/late-failures")
    @Operation(summary = "Report a bounce or rejection that arrived after a channel accepted a document; the run "
            + "moves on to the next channel")
    ResponseEntity<Void> lateFailure(@Valid @RequestBody LateFailure failure) {
        if (!lateFailures.report(failure.reference(), failure.reason())) {
            throw new NotFoundException("Delivered document with provider reference", failure.reference());
        }
        return ResponseEntity.accepted().build();
    }

    record LateFailure(@NotBlank @Size(max = 300) String reference, @NotBlank @Size(max = 1000) String reason) {
    }

    /**
     * One attempt, with the document it delivered: document is the kind (the invoice's type for its own PDF),
     * documentId the follow-up document's id (null for the invoice's own PDF), fileName the PDF the recipient got.
     */
    record AttemptView(String document, Long documentId, String fileName, String channel, String recipient,
            DeliveryStatus status, String providerReference, String error, Instant startedAt, Instant finishedAt,
            String performedBy, String comment) {

        static AttemptView of(DeliveryAttempt a, String document, String fileName) {
            return new AttemptView(document, a.getDocumentId(), fileName, a.getChannel(), a.getRecipient(),
                    a.getStatus(), a.getMessageId(), a.getError(), a.getStartedAt(), a.getFinishedAt(),
                    a.getPerformedBy(), a.getComment());
        }
    }
}
