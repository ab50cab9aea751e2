package no.fakturaflyt.sales;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CreateOrderConfirmation: the order confirmation made from the accepted quote (once). */
@Component("createOrderConfirmationDelegate")
class CreateOrderConfirmationDelegate implements JavaDelegate {

    private final SalesService sales;

    CreateOrderConfirmationDelegate(SalesService sales) {
        this.sales = sales;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SalesOrder order = sales.createOrderFromQuote((Long) execution.getVariable(QuoteToInvoice.QUOTE_ID),
                "system");
        order.attachProcess(execution.getProcessInstanceId());
        execution.setVariable(QuoteToInvoice.ORDER_ID, order.getId());
    }
}
