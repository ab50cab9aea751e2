package no.fakturaflyt.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.fakturaflyt.common.NotFoundException;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.product.ProductCategoryService;
import no.fakturaflyt.product.ProductService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a file and stores its preview: every row with what it would do or why it is refused, judged by the customer
 * and product modules' own rules against the registers as they are now. Writes nothing else.
 */
@Service
class ImportPreviewService {

    private final ImportBatchRepository batches;
    private final ImportRowRepository rows;
    private final CustomerService customers;
    private final ProductService products;
    private final ProductCategoryService categories;
    private final RowChecks checks;
    private final ObjectMapper json;
    private final ImportProperties properties;
    private final OsloClock clock;

    ImportPreviewService(ImportBatchRepository batches, ImportRowRepository rows, CustomerService customers,
            ProductService products, ProductCategoryService categories, RowChecks checks, ObjectMapper json,
            ImportProperties properties, OsloClock clock) {
        this.batches = batches;
        this.rows = rows;
        this.customers = customers;
        this.products = products;
        this.categories = categories;
        this.checks = checks;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Not one transaction: a service refusing a row marks its own read-only transaction for rollback, which must not
     * take the preview with it. The batch is saved first, its rows after, then its counts.
     */
    public ImportBatch preview(ImportKind kind, String fileName, byte[] bytes, String user) {
        if (bytes.length == 0) {
            throw new CsvFileException(0, 0, "The file is empty", "imports.empty");
        }
        CsvText text = CsvText.decode(bytes);
        char delimiter = CsvReader.delimiter(text.text());
        List<CsvReader.Row> records = CsvReader.read(text.text(), delimiter, properties.maxRows());
        if (records.isEmpty()) {
            throw new CsvFileException(0, 0, "The file holds no header row", "imports.noHeader");
        }
        CsvReader.Row header = records.get(0);
        Map<String, Integer> columns = kind.columns(header);
        if (records.size() == 1) {
            throw new CsvFileException(header.line(), 0, "The file has a header but no rows", "imports.noRows",
                    header.line());
        }
        ImportBatch batch = batches.save(new ImportBatch(kind, fileName, text.encoding(), delimiter, user,
                clock.now()));
        RowPlanner planner = kind == ImportKind.CUSTOMERS ? new CustomerRows(customers, checks)
                : new ProductRows(products, categories, checks);
        int creates = 0;
        int updates = 0;
        int refused = 0;
        List<ImportRow> planned = new ArrayList<>();
        for (CsvReader.Row record : records.subList(1, records.size())) {
            ImportRowValues values = new ImportRowValues(record, columns);
            RowReason shape = values.shapeProblem(header.fields().size());
            PlannedRow row = shape != null ? PlannedRow.refused("line " + record.line(), List.of(shape))
                    : planner.plan(values);
            switch (row.action()) {
                case CREATE -> creates++;
                case UPDATE -> updates++;
                case REFUSE -> refused++;
            }
            planned.add(new ImportRow(batch.getId(), record.line(), row.action(), row.targetId(), row.key(),
                    row.reasons().isEmpty() ? null
                            : String.join("\n", row.reasons().stream().map(RowReason::line).toList()),
                    row.reasons().isEmpty() ? null : toJson(row.reasons()), formJson(row.form())));
        }
        rows.saveAll(planned);
        batch.counted(creates, updates, refused);
        return batches.save(batch);
    }

    @Transactional(readOnly = true)
    public ImportBatch get(long id) {
        return batches.findById(id).orElseThrow(() -> new NotFoundException("Import", id));
    }

    @Transactional(readOnly = true)
    public List<ImportBatch> recent() {
        return batches.findTop50ByOrderByIdDesc();
    }

    @Transactional(readOnly = true)
    public List<ImportRow> rows(long id, ImportRow.Action action) {
        get(id);
        return action == null ? rows.findByBatchIdOrderByLineNo(id)
                : rows.findByBatchIdAndActionOrderByLineNo(id, action);
    }

    private String formJson(Object form) {
        if (form == null) {
            return null;
        }
        try {
            return json.writeValueAsString(form);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A form that cannot be written as JSON: " + form, e);
        }
    }

    /** A row's reasons with their codes (rows previewed before the codes were stored: their English lines). */
    List<RowReason> reasons(ImportRow row) {
        if (row.getReasonCodes() != null) {
            try {
                return List.of(json.readValue(row.getReasonCodes(), StoredReason[].class)).stream()
                        .map(r -> new RowReason(r.field(), r.codes(), r.arguments(), r.english())).toList();
            } catch (JsonProcessingException e) {
                // as the lines below
            }
        }
        return row.getReasons() == null ? List.of()
                : Stream.of(row.getReasons().split("\n")).map(RowReason::plain).toList();
    }

    private String toJson(List<RowReason> reasons) {
        try {
            return json.writeValueAsString(reasons.stream()
                    .map(r -> new StoredReason(r.field(), r.codes(), r.arguments(), r.english())).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Reasons that cannot be written as JSON: " + reasons, e);
        }
    }

    private record StoredReason(String field, List<String> codes, List<Object> arguments, String english) {
    }
}
