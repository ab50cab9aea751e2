package no.fakturaflyt.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The auditor's read-only API: find a document, read and export its trail, see an instance's path, the system log. */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "Audit trail per document and the system log; read-only")
class AuditController {

    private final AuditTrailService trails;
    private final AuditSearch search;
    private final SystemLog systemLog;
    private final InstancePaths paths;
    private final TrailExports exports;

    AuditController(AuditTrailService trails, AuditSearch search, SystemLog systemLog, InstancePaths paths,
            TrailExports exports) {
        this.trails = trails;
        this.search = search;
        this.systemLog = systemLog;
        this.paths = paths;
        this.exports = exports;
    }

    @GetMapping("/documents")
    @Operation(summary = "Find posted invoices, credit notes and interest notes by number, customer, KID, amount, date")
    List<AuditSearch.Found> find(@RequestParam(required = false) Long number,
            @RequestParam(required = false) String customer, @RequestParam(required = false) String kid,
            @RequestParam(required = false) BigDecimal amount,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return search.find(new AuditSearch.Criteria(number, customer, kid, amount, from, to));
    }

    @GetMapping("/documents/{id}/trail")
    @Operation(summary = "The document's whole trail, oldest first")
    AuditTrail trail(@PathVariable long id) {
        return trails.trail(id);
    }

    @GetMapping(value = "/documents/{id}/trail.csv", produces = "text/csv")
    @Operation(summary = "The trail as CSV (semicolon-separated, UTF-8, times in Europe/Oslo)")
    ResponseEntity<byte[]> csv(@PathVariable long id) {
        return exports.csv(id);
    }

    @GetMapping(value = "/documents/{id}/trail.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The trail as a PDF/A-2b report for the archive")
    ResponseEntity<byte[]> pdf(@PathVariable long id, java.security.Principal user) {
        return exports.pdf(id, user.getName());
    }

    @GetMapping("/instances/{id}/diagram")
    @Operation(summary = "The instance's deployed BPMN XML and the ids of the activities it passed and is in")
    InstancePaths.Diagram diagram(@PathVariable String id) {
        return paths.diagram(id);
    }

    @GetMapping("/system-log")
    @Operation(summary = "Who changed what and when (engine user-operation log and the application's own records),"
            + " newest first, at most 500")
    List<SystemLog.Entry> systemLog(@RequestParam(required = false) String user,
            @RequestParam(required = false) String operation, @RequestParam(required = false) String entityType,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return systemLog.find(new SystemLog.Filter(user, operation, entityType, from, to));
    }
}
