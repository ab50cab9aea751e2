package no.fakturaflyt.ledger;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.security.Principal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/saft")
@Tag(name = "Ledger")
class SaftController {

    private final SaftExport export;

    SaftController(SaftExport export) {
        this.export = export;
    }

    @GetMapping(produces = MediaType.APPLICATION_XML_VALUE)
    @Operation(summary = "The SAF-T Financial file (Norwegian, v1.30) of the days from 'from' to 'to' within one "
            + "fiscal year (admin and auditor)")
    ResponseEntity<byte[]> saft(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Principal principal) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(from, to, principal.getName(), out);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(export.fileName()).build().toString())
                .body(out.toByteArray());
    }
}
