package no.fakturaflyt.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import no.fakturaflyt.common.ConflictException;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.customer.CustomerForm;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.product.ProductForm;
import no.fakturaflyt.product.ProductService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a confirmed preview: every row to create or update, in one transaction, through the customer and product
 * services (their rules once more: the registers may have changed since the preview). One row failing rolls all
 * back; the import is then FAILED naming the line. The progress (rows written) is committed on the side every
 * {@value #PROGRESS_EVERY} rows, so that GET /api/imports/{id} can follow a large file.
 */
@Service
class ImportWriter {

    static final int PROGRESS_EVERY = 25;
    private static final Logger LOG = LoggerFactory.getLogger(ImportWriter.class);

    private final ImportPreviewService previews;
    private final ImportRowRepository rows;
    private final CustomerService customers;
    private final ProductService products;
    private final ObjectMapper json;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate writing;
    private final TransactionTemplate progress;
    private final ImportProperties properties;
    private final OsloClock clock;
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "import-writer");
        thread.setDaemon(true);
        return thread;
    });

    ImportWriter(ImportPreviewService previews, ImportRowRepository rows, CustomerService customers,
            ProductService products, ObjectMapper json, JdbcTemplate jdbc, PlatformTransactionManager transactions,
            ImportProperties properties, OsloClock clock) {
        this.previews = previews;
        this.rows = rows;
        this.customers = customers;
        this.products = products;
        this.json = json;
        this.jdbc = jdbc;
        this.writing = new TransactionTemplate(transactions);
        this.progress = new TransactionTemplate(transactions);
        this.progress.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.properties = properties;
        this.clock = clock;
    }

    /** Starts writing a preview (once: a second confirm is refused); answers the import as it then stands. */
    public ImportBatch confirm(long id, String user) {
        ImportBatch batch = previews.get(id);
        if (batch.getStatus() != ImportBatch.Status.PREVIEW) {
            throw new ConflictException("Import " + id + " is " + batch.getStatus() + "; only a preview can be confirmed",
                    "imports.notPreview", batch.getStatus());
        }
        if (batch.getCreatedAt().plus(properties.previewLifetime()).isBefore(clock.now())) {
            throw new ConflictException("The preview of import " + id + " is older than "
                    + properties.previewLifetime() + "; upload the file again", "imports.previewTooOld",
                    properties.previewLifetime());
        }
        int taken = jdbc.update("update import_batch set status = 'RUNNING', confirmed_by = ?, processed = 0,"
                + " version = version + 1 where id = ? and status = 'PREVIEW'", user, id);
        if (taken == 0) {
            throw new ConflictException("Import " + id + " was confirmed by someone else at the same time",
                    "imports.confirmedMeanwhile");
        }
        if (properties.async()) {
            background.execute(() -> write(id));
            return previews.get(id);
        }
        write(id);
        ImportBatch done = previews.get(id);
        if (done.getStatus() == ImportBatch.Status.FAILED) {
            throw new ConflictException("Import " + id + " failed, nothing was written: " + done.getError(),
                    "imports.failed", done.getError());
        }
        return done;
    }

    void write(long id) {
        int[] line = {0};
        try {
            writing.executeWithoutResult(status -> {
                List<ImportRow> toWrite = rows.findByBatchIdOrderByLineNo(id).stream()
                        .filter(row -> row.getAction() != ImportRow.Action.REFUSE).toList();
                ImportKind kind = previews.get(id).getKind();
                int written = 0;
                for (ImportRow row : toWrite) {
                    line[0] = row.getLineNo();
                    write(kind, row);
                    if (++written % PROGRESS_EVERY == 0) {
                        int count = written;
                        progress.executeWithoutResult(side -> jdbc.update(
                                "update import_batch set processed = ? where id = ?", count, id));
                    }
                }
                jdbc.update("update import_batch set status = 'DONE', processed = ?, finished_at = ?,"
                        + " version = version + 1 where id = ?", written, Timestamp.from(clock.now()), id);
            });
        } catch (InvalidInputException e) {
            failed(id, "Line " + line[0] + ": " + e.getField() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Import {} failed at line {}", id, line[0], e);
            failed(id, "Line " + line[0] + ": " + e.getMessage());
        }
    }

    private void write(ImportKind kind, ImportRow row) {
        try {
            if (kind == ImportKind.CUSTOMERS) {
                CustomerForm form = json.readValue(row.getFormJson(), CustomerForm.class);
                if (row.getAction() == ImportRow.Action.CREATE) {
                    customers.create(form);
                } else {
                    customers.update(row.getTargetId(), form);
                }
            } else {
                ProductForm form = json.readValue(row.getFormJson(), ProductForm.class);
                if (row.getAction() == ImportRow.Action.CREATE) {
                    products.create(form);
                } else {
                    products.update(row.getTargetId(), form);
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored row cannot be read back", e);
        }
    }

    private void failed(long id, String error) {
        String text = error.length() > 2000 ? error.substring(0, 1997) + "..." : error;
        progress.executeWithoutResult(side -> jdbc.update("update import_batch set status = 'FAILED', error = ?,"
                + " processed = 0, finished_at = ?, version = version + 1 where id = ?", text,
                Timestamp.from(clock.now()), id));
    }

    @PreDestroy
    void stop() {
        background.shutdown();
    }
}
