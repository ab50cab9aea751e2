package no.fakturaflyt.invoicing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.fakturaflyt.common.web.LineRow;
import no.fakturaflyt.common.web.LineRows;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The draft editor's form as the browser sends it (fields {@code invoiceDate}, {@code lines[0].quantity}, …): the
 * rows as typed, empty rows included. {@link #toDraftForm} makes the API's {@link DraftForm} of it, which is
 * validated and saved by the same rules; {@link LineRows#rowErrors} tells which row an error of that form belongs to.
 */
public class DraftEditorForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate invoiceDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deliveryDate;
    private String deliveryPlace;
    private String buyerReference;
    private String note;
    private List<LineRow> lines = new ArrayList<>();

    /** The editor as the saved draft stands, with one empty row to fill in. */
    static DraftEditorForm of(Invoice draft) {
        DraftEditorForm form = new DraftEditorForm();
        form.invoiceDate = draft.getInvoiceDate();
        form.deliveryDate = draft.getDeliveryDate();
        form.deliveryPlace = draft.getDeliveryPlace();
        form.buyerReference = draft.getBuyerReference();
        form.note = draft.getNote();
        draft.getLines().forEach(line -> form.lines.add(new LineRow(line.getProductId(), line.getDescription(),
                line.getQuantity(), line.getUnit(), line.getUnitPrice(), line.getDiscountPercent(), line.getVatCode())));
        form.lines.add(LineRow.empty());
        return form;
    }

    DraftForm toDraftForm(long customerId) {
        return new DraftForm(customerId, invoiceDate, deliveryDate, deliveryPlace, buyerReference, note,
                LineRows.lines(lines, row -> new DraftForm.LineForm(row.getProductId(), row.getDescription(),
                        row.getQuantity(), row.getUnit(), row.getUnitPrice(), row.getDiscountPercent(),
                        row.getVatCode())));
    }

    /** Ensures one empty row at the end (after a save with errors, the rows stay as typed). */
    DraftEditorForm withEmptyRow() {
        LineRows.withEmptyRow(lines);
        return this;
    }

    public LocalDate getInvoiceDate() { return invoiceDate; }
    public void setInvoiceDate(LocalDate invoiceDate) { this.invoiceDate = invoiceDate; }
    public LocalDate getDeliveryDate() { return deliveryDate; }
    public void setDeliveryDate(LocalDate deliveryDate) { this.deliveryDate = deliveryDate; }
    public String getDeliveryPlace() { return deliveryPlace; }
    public void setDeliveryPlace(String deliveryPlace) { this.deliveryPlace = deliveryPlace; }
    public String getBuyerReference() { return buyerReference; }
    public void setBuyerReference(String buyerReference) { this.buyerReference = buyerReference; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public List<LineRow> getLines() { return lines; }
    public void setLines(List<LineRow> lines) { this.lines = lines; }
}
