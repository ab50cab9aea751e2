package no.fakturaflyt.payment.bankfile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.common.TextInput;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/bank-files")
@Tag(name = "Bank files")
class BankFileController {

    private final BankFileImportService service;

    BankFileController(BankFileImportService service) {
        this.service = service;
    }

    record ImportView(long id, String fileName, BankFile.Format format, String fileReference,
            BankFileImport.Status status, int transactions, int processed, int percent, int matched, int partlyPaid,
            int overpaid, int unmatched, int duplicates, int reversals, int failed, int refused, BigDecimal total,
            String source, String importedBy, Instant startedAt, Instant finishedAt, String error, Long sameFileAs,
            List<String> warnings, List<String> controlFindings) {
        static ImportView of(BankFileImport i) {
            int percent = i.getTransactions() == 0 ? 100 : (int) (100L * i.getProcessed() / i.getTransactions());
            return new ImportView(i.getId(), i.getFileName(), i.getFormat(), i.getFileReference(), i.getStatus(),
                    i.getTransactions(), i.getProcessed(), percent, i.getMatched(), i.getPartlyPaid(),
                    i.getOverpaid(), i.getUnmatched(), i.getDuplicates(), i.getReversals(), i.getFailed(),
                    i.getRefused(), i.getTotal(), i.getSource(), i.getImportedBy(), i.getStartedAt(),
                    i.getFinishedAt(), i.getError(), i.getSameFileAs(), i.getWarnings(),
                    i.getControlFindings() == null ? List.of() : List.of(i.getControlFindings().split("\n")));
        }
    }

    record TransactionView(long id, String reference, String bankReference, LocalDate settledOn, BigDecimal amount,
            String kid, boolean reversal, String kind, String payerName, String message, String location,
            IncomingTransaction.Status status, Long invoiceId, Long paymentId, String processInstanceId, String note,
            String resolvedBy) {
        static TransactionView of(IncomingTransaction t) {
            return new TransactionView(t.getId(), t.getReference(), t.getBankReference(), t.getSettledOn(),
                    t.getAmount(), t.getKid(), t.isReversal(), t.getKind(), t.getPayerName(), t.getMessage(),
                    t.getLocation(), t.getStatus(), t.getInvoiceId(), t.getPaymentId(), t.getProcessInstanceId(),
                    t.getNote(), t.getResolvedBy());
        }
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a Nets OCR Giro file or a camt.054 document (clerks): checked whole first (400 naming"
            + " the line or element, nothing booked), then booked in the background; 202 with the import to follow")
    ResponseEntity<ImportView> upload(@RequestParam(name = "file", required = false) MultipartFile file,
            Principal user) throws IOException {
        if (file == null) {
            throw new InvalidInputException("file", "Send the bank file as the multipart part 'file'");
        }
        TextInput.requireNoNul("file", file.getOriginalFilename());
        BankFileImport started = service.importFile(file.getOriginalFilename(), file.getBytes(), "UPLOAD",
                user.getName());
        return ResponseEntity.accepted().location(URI.create("/api/bank-files/" + started.getId()))
                .body(ImportView.of(started));
    }

    @GetMapping
    @Operation(summary = "Every bank file taken in, newest first")
    List<ImportView> list() {
        return service.list().stream().map(ImportView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One import and its progress: transactions read, booked, matched, partly paid, overpaid,"
            + " unmatched, duplicates skipped, reversals, refused; sameFileAs names an earlier import of the very same"
            + " file; warnings list what the file gets wrong where no money is at stake")
    ImportView get(@PathVariable long id) {
        return ImportView.of(service.get(id));
    }

    @GetMapping("/{id}/transactions")
    @Operation(summary = "The transactions of one import and what became of each; status=UNMATCHED narrows it")
    List<TransactionView> transactions(@PathVariable long id,
            @RequestParam(required = false) IncomingTransaction.Status status) {
        return service.transactionsOf(id, Optional.ofNullable(status)).stream().map(TransactionView::of).toList();
    }

    @GetMapping("/unmatched")
    @Operation(summary = "Payments waiting for a clerk in Tasklist (\"Match payment\")")
    List<TransactionView> unmatched() {
        return service.unmatched().stream().map(TransactionView::of).toList();
    }
}
