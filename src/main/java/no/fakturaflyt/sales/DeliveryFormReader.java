package no.fakturaflyt.sales;

import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.fakturaflyt.common.web.FormErrors;
import org.springframework.stereotype.Component;

/**
 * The order page's delivery form ({@code deliveredOn}, {@code quantity-<line no.>} per order line) read into the
 * API's {@link DeliveryForm}: every quantity empty is a delivery of all that is still undelivered. A value that is no
 * number or date is its field's error here; the API form's and the service's errors ({@code lines[i].quantity})
 * are put back beside the line's field.
 */
@Component
class DeliveryFormReader {

    static final String DELIVERED_ON = "deliveredOn";
    static final String QUANTITY = "quantity-";
    private static final Pattern LINE = Pattern.compile("^lines\\[(\\d+)].*$");

    private final Validator validator;

    DeliveryFormReader(Validator validator) {
        this.validator = validator;
    }

    Read read(SalesOrder order, Map<String, String> fields) {
        FormErrors errors = FormErrors.none();
        LocalDate deliveredOn = null;
        String date = fields.get(DELIVERED_ON);
        if (date != null && !date.isBlank()) {
            try {
                deliveredOn = LocalDate.parse(date.trim());
            } catch (DateTimeParseException e) {
                errors.reject(DELIVERED_ON, "typeMismatch", date);
            }
        }
        List<DeliveryForm.DeliveryLine> lines = new ArrayList<>();
        List<Integer> lineNos = new ArrayList<>();
        for (OrderLine line : order.getLines()) {
            String value = fields.get(QUANTITY + line.getLineNo());
            if (value == null || value.isBlank()) {
                continue;
            }
            try {
                lines.add(new DeliveryForm.DeliveryLine(line.getLineNo(),
                        new BigDecimal(value.trim().replace(',', '.'))));
                lineNos.add(line.getLineNo());
            } catch (NumberFormatException e) {
                errors.reject(QUANTITY + line.getLineNo(), "typeMismatch.java.math.BigDecimal", value);
            }
        }
        DeliveryForm form = new DeliveryForm(deliveredOn, lines);
        if (errors.isEmpty()) {
            errors.addAll(FormErrors.validate(validator, form));
        }
        return new Read(form, errors, lineNos);
    }

    /**
     * @param lineNos the order line of each of the form's lines, to put an error of {@code lines[i]} beside its field;
     *                an error of no field of the page is the form's
     */
    record Read(DeliveryForm form, FormErrors errors, List<Integer> lineNos) {

        FormErrors fieldErrors(FormErrors found) {
            return found.renamed(field -> {
                Matcher line = LINE.matcher(field);
                if (line.matches() && Integer.parseInt(line.group(1)) < lineNos.size()) {
                    return QUANTITY + lineNos.get(Integer.parseInt(line.group(1)));
                }
                return field.equals(DELIVERED_ON) || field.startsWith(QUANTITY) ? field : FormErrors.FORM;
            });
        }
    }
}
