package no.fakturaflyt.document;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.fakturaflyt.common.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/invoices/{id}")
@Tag(name = "Invoices and credit notes")
class DocumentController {

    private final DocumentService documents;

    DocumentController(DocumentService documents) {
        this.documents = documents;
    }

    @GetMapping(value = "/preview.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The PDF as the customer would see it, marked as a preview; uses up no number")
    ResponseEntity<byte[]> preview(@PathVariable long id) {
        return pdf(documents.preview(id), "forhandsvisning-" + id + ".pdf");
    }

    @GetMapping(value = "/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The PDF that was sent (404 until the invoice has been posted and rendered)")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        StoredDocument document = documents.invoicePdf(id)
                .orElseThrow(() -> new NotFoundException("PDF of invoice", id));
        return pdf(document.getContent(), document.getFileName());
    }

    static ResponseEntity<byte[]> pdf(byte[] content, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(fileName).build().toString())
                .body(content);
    }
}
