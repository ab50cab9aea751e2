package no.fakturaflyt.sales;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_PrepareDeliveryInvoice: an approved invoice of the delivery at the confirmed prices, for the lifecycle. */
@Component("prepareDeliveryInvoiceDelegate")
class PrepareDeliveryInvoiceDelegate implements JavaDelegate {

    private final SalesService sales;

    PrepareDeliveryInvoiceDelegate(SalesService sales) {
        this.sales = sales;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long invoiceId = sales.prepareDeliveryInvoice((Long) execution.getVariable(QuoteToInvoice.DELIVERY_ID),
                (String) execution.getVariable(QuoteToInvoice.CLERK)).invoiceId();
        execution.setVariable(QuoteToInvoice.INVOICE_ID, invoiceId);
    }
}
