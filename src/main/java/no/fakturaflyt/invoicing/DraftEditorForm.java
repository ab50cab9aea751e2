package no.fakturaflyt.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The draft editor's form as the browser sends it (fields {@code invoiceDate}, {@code lines[0].quantity}, …): the
 * rows as typed, empty rows included. {@link #toDraftForm} makes the API's {@link DraftForm} of it, which is
 * validated and saved by the same rules; {@link #rowOf} tells which row an error of that form belongs to.
 */
public class DraftEditorForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate invoiceDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deliveryDate;
    private String deliveryPlace;
    private String buyerReference;
    private String note;
    private List<Row> lines = new ArrayList<>();

    /** One row of the editor; empty when no product, description or price is given. */
    public static class Row {
        private Long productId;
        private String description;
        private BigDecimal quantity;
        private String unit;
        private BigDecimal unitPrice;
        private BigDecimal discountPercent;
        private String vatCode;

        static Row of(InvoiceLine line) {
            Row row = new Row();
            row.productId = line.getProductId();
            row.description = line.getDescription();
            row.quantity = line.getQuantity();
            row.unit = line.getUnit();
            row.unitPrice = line.getUnitPrice();
            row.discountPercent = line.getDiscountPercent();
            row.vatCode = line.getVatCode();
            return row;
        }

        static Row empty() {
            Row row = new Row();
            row.quantity = BigDecimal.ONE;
            return row;
        }

        boolean isEmpty() {
            return productId == null && (description == null || description.isBlank()) && unitPrice == null;
        }

        DraftForm.LineForm toLineForm() {
            return new DraftForm.LineForm(productId, description, quantity, unit, unitPrice, discountPercent, vatCode);
        }

        public Long getProductId() { return productId; }
        public void setProductId(Long productId) { this.productId = productId; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public BigDecimal getQuantity() { return quantity; }
        public void setQuantity(BigDecimal quantity) { this.quantity = quantity; }
        public String getUnit() { return unit; }
        public void setUnit(String unit) { this.unit = unit; }
        public BigDecimal getUnitPrice() { return unitPrice; }
        public void setUnitPrice(BigDecimal unitPrice) { this.unitPrice = unitPrice; }
        public BigDecimal getDiscountPercent() { return discountPercent; }
        public void setDiscountPercent(BigDecimal discountPercent) { this.discountPercent = discountPercent; }
        public String getVatCode() { return vatCode; }
        public void setVatCode(String vatCode) { this.vatCode = vatCode; }
    }

    /** The editor as the saved draft stands, with one empty row to fill in. */
    static DraftEditorForm of(Invoice draft) {
        DraftEditorForm form = new DraftEditorForm();
        form.invoiceDate = draft.getInvoiceDate();
        form.deliveryDate = draft.getDeliveryDate();
        form.deliveryPlace = draft.getDeliveryPlace();
        form.buyerReference = draft.getBuyerReference();
        form.note = draft.getNote();
        draft.getLines().forEach(line -> form.lines.add(Row.of(line)));
        form.lines.add(Row.empty());
        return form;
    }

    DraftForm toDraftForm(long customerId) {
        return new DraftForm(customerId, invoiceDate, deliveryDate, deliveryPlace, buyerReference, note,
                lines.stream().filter(row -> !row.isEmpty()).map(Row::toLineForm).toList());
    }

    /** The editor's row of the DraftForm's line {@code index} (empty rows are left out of the DraftForm). */
    int rowOf(int index) {
        int seen = -1;
        for (int row = 0; row < lines.size(); row++) {
            if (!lines.get(row).isEmpty() && ++seen == index) {
                return row;
            }
        }
        return index;
    }

    /** Ensures one empty row at the end (after a save with errors, the rows stay as typed). */
    DraftEditorForm withEmptyRow() {
        if (lines.isEmpty() || !lines.get(lines.size() - 1).isEmpty()) {
            lines.add(Row.empty());
        }
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
    public List<Row> getLines() { return lines; }
    public void setLines(List<Row> lines) { this.lines = lines; }
}
