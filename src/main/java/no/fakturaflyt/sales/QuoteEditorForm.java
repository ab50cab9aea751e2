package no.fakturaflyt.sales;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.fakturaflyt.common.web.LineRow;
import no.fakturaflyt.common.web.LineRows;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The quote editor's form as the browser sends it ({@code validUntil}, {@code lines[0].quantity}, …), empty rows
 * included; {@link #toQuoteForm} makes the API's {@link QuoteForm} of it, saved by the same rules.
 */
public class QuoteEditorForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validUntil;
    private String terms;
    private String note;
    private List<LineRow> lines = new ArrayList<>();

    /** The editor as the saved draft stands, with one empty row to fill in. */
    static QuoteEditorForm of(Quote quote) {
        QuoteEditorForm form = new QuoteEditorForm();
        form.validUntil = quote.getValidUntil();
        form.terms = quote.getTerms();
        form.note = quote.getNote();
        quote.getLines().forEach(line -> form.lines.add(new LineRow(line.getProductId(), line.getDescription(),
                line.getQuantity(), line.getUnit(), line.getUnitPrice(), line.getDiscountPercent(), line.getVatCode())));
        form.lines.add(LineRow.empty());
        return form;
    }

    QuoteForm toQuoteForm(long customerId) {
        return new QuoteForm(customerId, validUntil, terms, note, LineRows.lines(lines, row -> new SalesLineForm(
                row.getProductId(), row.getDescription(), row.getQuantity(), row.getUnit(), row.getUnitPrice(),
                row.getDiscountPercent(), row.getVatCode())));
    }

    QuoteEditorForm withEmptyRow() {
        LineRows.withEmptyRow(lines);
        return this;
    }

    public LocalDate getValidUntil() { return validUntil; }
    public void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }
    public String getTerms() { return terms; }
    public void setTerms(String terms) { this.terms = terms; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public List<LineRow> getLines() { return lines; }
    public void setLines(List<LineRow> lines) { this.lines = lines; }
}
