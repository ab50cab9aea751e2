package no.fakturaflyt.audit;

import java.nio.charset.StandardCharsets;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.document.ArchivePdf;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** A document's trail as a download, CSV or PDF/A, for both the API and the screens. */
@Component
class TrailExports {

    static final String TRAIL_STYLESHEET = "audit/trail-fo.xsl";

    private final AuditTrailService trails;
    private final ArchivePdf archive;
    private final OsloClock clock;

    TrailExports(AuditTrailService trails, ArchivePdf archive, OsloClock clock) {
        this.trails = trails;
        this.archive = archive;
        this.clock = clock;
    }

    ResponseEntity<byte[]> csv(long id) {
        AuditTrail trail = trails.trail(id);
        return attachment("trail-" + id + ".csv", new MediaType("text", "csv", StandardCharsets.UTF_8),
                TrailCsv.of(trail).getBytes(StandardCharsets.UTF_8));
    }

    ResponseEntity<byte[]> pdf(long id, String user) {
        AuditTrail trail = trails.trail(id);
        byte[] pdf = archive.render(TRAIL_STYLESHEET, TrailXml.of(trail, clock.now(), user), TrailXml.title(trail),
                user);
        return attachment("trail-" + id + ".pdf", MediaType.APPLICATION_PDF, pdf);
    }

    private static ResponseEntity<byte[]> attachment(String fileName, MediaType type, byte[] body) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .contentType(type).body(body);
    }
}
