package no.fakturaflyt.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.common.TextInput;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/imports")
@Tag(name = "Imports")
class ImportController {

    private static final URI BAD_FILE = URI.create("https://fakturaflyt.no/problems/bad-import-file");

    private final ImportPreviewService previews;
    private final ImportWriter writer;

    ImportController(ImportPreviewService previews, ImportWriter writer) {
        this.previews = previews;
        this.writer = writer;
    }

    @PostMapping(value = "/{kind}", consumes = "multipart/form-data")
    @Operation(summary = "Preview a customer or product file (kind = customers or products; CSV, Excel's CSV export:"
            + " ; or , separated, UTF-8 with or without BOM or Windows-1252, decimal comma): every row with what it"
            + " would create, update or refuse and why. Nothing is written until POST /api/imports/{id}/confirm")
    ResponseEntity<Preview> upload(@PathVariable String kind,
            @RequestParam(name = "file", required = false) MultipartFile file, Principal user) throws IOException {
        ImportKind importKind = kind(kind);
        if (file == null) {
            throw new InvalidInputException("file", "Send the CSV file as the multipart part 'file'");
        }
        TextInput.requireNoNul("file", file.getOriginalFilename());
        ImportBatch batch = previews.preview(importKind, file.getOriginalFilename(), file.getBytes(), user.getName());
        return ResponseEntity.created(URI.create("/api/imports/" + batch.getId()))
                .body(new Preview(BatchView.of(batch), previews.rows(batch.getId(), null).stream()
                        .map(RowView::of).toList()));
    }

    @PostMapping("/{id:\\d+}/confirm")
    @Operation(summary = "Write a previewed import: its created and updated rows, in one transaction (refused rows"
            + " are left out). 202 while it runs in the background; GET /api/imports/{id} shows the progress")
    ResponseEntity<BatchView> confirm(@PathVariable long id, Principal user) {
        ImportBatch batch = writer.confirm(id, user.getName());
        return batch.getStatus() == ImportBatch.Status.RUNNING
                ? ResponseEntity.accepted().location(URI.create("/api/imports/" + id)).body(BatchView.of(batch))
                : ResponseEntity.ok(BatchView.of(batch));
    }

    @GetMapping("/{id:\\d+}")
    @Operation(summary = "One import and its progress: rows to create, update, refused; written so far; status")
    BatchView get(@PathVariable long id) {
        return BatchView.of(previews.get(id));
    }

    @GetMapping("/{id:\\d+}/rows")
    @Operation(summary = "The preview row by row; action=REFUSE lists the refused rows with their reasons")
    List<RowView> rows(@PathVariable long id, @RequestParam(required = false) ImportRow.Action action) {
        return previews.rows(id, action).stream().map(RowView::of).toList();
    }

    @GetMapping
    @Operation(summary = "The latest imports, newest first")
    List<BatchView> recent() {
        return previews.recent().stream().map(BatchView::of).toList();
    }

    @ExceptionHandler(CsvFileException.class)
    ResponseEntity<ProblemDetail> badFile(CsvFileException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(BAD_FILE);
        problem.setTitle("The file cannot be read");
        problem.setProperty("field", "file");
        problem.setProperty("errors", List.of(java.util.Map.of("field", "file", "message", e.getMessage())));
        if (e.line() > 0) {
            problem.setProperty("line", e.line());
        }
        if (e.column() > 0) {
            problem.setProperty("column", e.column());
        }
        return ResponseEntity.badRequest().body(problem);
    }

    private static ImportKind kind(String kind) {
        return Arrays.stream(ImportKind.values()).filter(k -> k.name().equalsIgnoreCase(kind)).findFirst()
                .orElseThrow(() -> new InvalidInputException("kind", "'" + kind
                        + "' cannot be imported; import customers or products"));
    }

    record Preview(BatchView batch, List<RowView> rows) {
    }

    record BatchView(long id, ImportKind kind, String fileName, String encoding, String delimiter,
            ImportBatch.Status status, int rows, int creates, int updates, int refused, int toWrite, int written,
            int percent, String error, String createdBy, Instant createdAt, String confirmedBy, Instant finishedAt) {
        static BatchView of(ImportBatch b) {
            int percent = b.getStatus() == ImportBatch.Status.DONE || b.toWrite() == 0 ? 100
                    : b.getStatus() == ImportBatch.Status.PREVIEW ? 0 : (int) (100L * b.getProcessed() / b.toWrite());
            return new BatchView(b.getId(), b.getKind(), b.getFileName(), b.getEncoding(), b.getDelimiter(),
                    b.getStatus(), b.getTotalRows(), b.getCreates(), b.getUpdates(), b.getRefused(), b.toWrite(),
                    b.getProcessed(), percent, b.getError(), b.getCreatedBy(), b.getCreatedAt(), b.getConfirmedBy(),
                    b.getFinishedAt());
        }
    }

    record RowView(int line, ImportRow.Action action, Long targetId, String key, List<String> reasons) {
        static RowView of(ImportRow r) {
            return new RowView(r.getLineNo(), r.getAction(), r.getTargetId(), r.getRecordKey(),
                    r.getReasons() == null ? List.of() : List.of(r.getReasons().split("\n")));
        }
    }
}
