package no.fakturaflyt.sales;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A PDF shown inline in the browser. */
final class PdfResponses {

    private PdfResponses() {
    }

    static ResponseEntity<byte[]> inline(byte[] content, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build()
                        .toString())
                .body(content);
    }
}
