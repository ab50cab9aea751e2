package no.fakturaflyt.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.product.Product;
import no.fakturaflyt.product.ProductCategory;
import no.fakturaflyt.product.ProductCategoryService;
import no.fakturaflyt.product.ProductForm;
import no.fakturaflyt.product.ProductService;

/**
 * Product rows: a known product number updates that product, an unknown one creates it. The category is named by
 * its code; a product leaving the VAT code or revenue account empty takes its category's. Columns the file does not
 * have keep the product's values. The same product number twice in a file refuses the later row.
 */
final class ProductRows implements RowPlanner {

    private final ProductService products;
    private final ProductCategoryService categories;
    private final RowChecks checks;
    private final Map<String, Integer> numbers = new HashMap<>();

    ProductRows(ProductService products, ProductCategoryService categories, RowChecks checks) {
        this.products = products;
        this.categories = categories;
        this.checks = checks;
    }

    @Override
    public PlannedRow plan(ImportRowValues row) {
        List<RowReason> reasons = row.reasons;
        String number = row.text("productNumber");
        Product current = number == null ? null : products.findByProductNumber(number).orElse(null);
        Long categoryId = current == null ? null : current.getCategoryId();
        if (row.has("category")) {
            String code = row.text("category");
            categoryId = null;
            if (code != null) {
                ProductCategory category = categories.findByCode(code).orElse(null);
                if (category == null) {
                    reasons.add(RowReason.of("category", "imports.row.noCategory",
                            "there is no product category '" + code + "'", code));
                } else {
                    categoryId = category.getId();
                }
            }
        }
        boolean ownAccounting = current != null && (!row.has("category") || categoryId == null);
        ProductForm form = new ProductForm(number,
                row.text("name", current == null ? null : current.getName()),
                row.text("unit", current == null ? null : current.getUnit()),
                row.amount("unitPrice", current == null ? null : current.getUnitPrice()),
                row.text("vatCode", ownAccounting ? current.getVatCode() : null),
                row.integer("revenueAccount", ownAccounting ? current.getRevenueAccount() : null),
                row.yesNo("active", current == null ? null : current.isActive()),
                categoryId,
                row.amount("costPrice", current == null ? null : current.getCostPrice()));
        CustomerRows.duplicate(numbers, number, row.line(), "productNumber", "product number", reasons);
        reasons.addAll(checks.constraints(form));
        if (reasons.isEmpty()) {
            Long ownId = current == null ? null : current.getId();
            checks.rule(() -> products.check(form, ownId), reasons);
        }
        String key = number == null ? "line " + row.line() : "product " + number;
        if (!reasons.isEmpty()) {
            return PlannedRow.refused(key, reasons);
        }
        return current == null ? new PlannedRow(ImportRow.Action.CREATE, null, key, List.of(), form)
                : new PlannedRow(ImportRow.Action.UPDATE, current.getId(), key, List.of(), form);
    }
}
