package no.fakturaflyt.sales;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_CollectDeliveries: when collective invoicing is on and its interval has passed since the last run, one
 * approved invoice per customer of the deliveries not yet invoiced; the lifecycle runs each.
 */
@Component("collectDeliveriesDelegate")
class CollectDeliveriesDelegate implements JavaDelegate {

    private final SalesService sales;

    CollectDeliveriesDelegate(SalesService sales) {
        this.sales = sales;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<Long> invoiceIds = sales.isCollectiveRunDue() ? sales.prepareCollectiveInvoices("system") : List.of();
        execution.setVariable(QuoteToInvoice.INVOICE_IDS, new ArrayList<>(invoiceIds));
    }
}
