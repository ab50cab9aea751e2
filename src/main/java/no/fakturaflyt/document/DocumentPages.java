package no.fakturaflyt.document;

import no.fakturaflyt.common.NotFoundException;
import no.fakturaflyt.common.web.ScreenController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The invoice PDFs for the screens (shown in the page): the preview of a draft, and the PDF that was sent. */
@ScreenController
class DocumentPages {

    private final DocumentService documents;

    DocumentPages(DocumentService documents) {
        this.documents = documents;
    }

    /** htmx: the preview in a frame, rendered anew each time it is asked for. */
    @GetMapping("/invoices/{id}/preview")
    String previewFrame(@PathVariable long id, Model model) {
        model.addAttribute("src", "/invoices/" + id + "/preview.pdf?at=" + System.nanoTime());
        return "document/frame";
    }

    @GetMapping(value = "/invoices/{id}/preview.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> preview(@PathVariable long id) {
        return DocumentController.pdf(documents.preview(id), "forhandsvisning-" + id + ".pdf");
    }

    @GetMapping(value = "/invoices/{id}/invoice.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> sent(@PathVariable long id) {
        StoredDocument document = documents.invoicePdf(id).orElseThrow(() -> new NotFoundException("PDF of invoice", id));
        return DocumentController.pdf(document.getContent(), document.getFileName());
    }
}
