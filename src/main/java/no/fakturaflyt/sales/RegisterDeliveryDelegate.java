package no.fakturaflyt.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.common.OsloClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterDelivery: records what the clerk registered (everything still undelivered, or "line:quantity, …"),
 * and tells the process whether to invoice it at once and whether the order is fully delivered.
 */
@Component("registerDeliveryDelegate")
class RegisterDeliveryDelegate implements JavaDelegate {

    private final SalesService sales;
    private final OsloClock clock;

    RegisterDeliveryDelegate(SalesService sales, OsloClock clock) {
        this.sales = sales;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long orderId = (Long) execution.getVariable(QuoteToInvoice.ORDER_ID);
        Object all = execution.getVariable(QuoteToInvoice.DELIVER_ALL);
        List<DeliveryForm.DeliveryLine> lines = Boolean.FALSE.equals(all)
                ? parse(String.valueOf(execution.getVariable(QuoteToInvoice.DELIVERY_LINES))) : List.of();
        Delivery delivery = sales.registerDelivery(orderId,
                new DeliveryForm(deliveredOn(execution.getVariable(QuoteToInvoice.DELIVERED_ON)), lines),
                (String) execution.getVariable(QuoteToInvoice.CLERK));
        SalesOrder order = sales.order(orderId);
        execution.setVariable(QuoteToInvoice.DELIVERY_ID, delivery.getId());
        execution.setVariable(QuoteToInvoice.INVOICE_NOW, !order.isCollectiveInvoicing());
        execution.setVariable(QuoteToInvoice.FULLY_DELIVERED, order.isFullyDelivered());
    }

    /**
     * "1:2, 3:0.5" — a line number and a quantity per pair, or a line number alone for all that is still undelivered
     * of it; a wrong entry is refused, naming the form field.
     */
    static List<DeliveryForm.DeliveryLine> parse(String text) {
        List<DeliveryForm.DeliveryLine> lines = new ArrayList<>();
        for (String pair : text.split(",")) {
            String[] parts = pair.trim().split(":");
            try {
                lines.add(new DeliveryForm.DeliveryLine(Integer.parseInt(parts[0].trim()),
                        parts.length == 1 ? null : new BigDecimal(parts[1].trim())));
            } catch (RuntimeException e) {
                throw new InvalidInputException(QuoteToInvoice.DELIVERY_LINES, "Lines delivered: '" + pair.trim()
                        + "' is not line:quantity (e.g. 1:2)");
            }
        }
        return lines;
    }

    /** The form's answers from a delivery registered through the API: the same variables Tasklist sets. */
    static Map<String, Object> variables(DeliveryForm form) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(QuoteToInvoice.DELIVER_ALL, form.linesOrEmpty().isEmpty());
        variables.put(QuoteToInvoice.DELIVERY_LINES, form.linesOrEmpty().stream()
                .map(l -> l.lineNo() + (l.quantity() == null ? "" : ":" + l.quantity().toPlainString()))
                .collect(Collectors.joining(", ")));
        variables.put(QuoteToInvoice.DELIVERED_ON, form.deliveredOn() == null ? null : form.deliveredOn().toString());
        return variables;
    }

    private LocalDate deliveredOn(Object value) {
        if (value instanceof Date date) {
            return LocalDate.ofInstant(date.toInstant(), OsloClock.OSLO);
        }
        if (value instanceof String text && !text.isBlank()) {
            try {
                return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(QuoteToInvoice.DELIVERED_ON, "Not a date (YYYY-MM-DD): " + text);
            }
        }
        return clock.today();
    }
}
