package no.fakturaflyt.sales;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SendOrderConfirmation: numbers and confirms the order, renders and e-mails the order confirmation; says whether
 * anything is left to deliver.
 */
@Component("sendOrderConfirmationDelegate")
class SendOrderConfirmationDelegate implements JavaDelegate {

    private final SalesService sales;

    SendOrderConfirmationDelegate(SalesService sales) {
        this.sales = sales;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SalesOrder order = sales.confirmOrder((Long) execution.getVariable(QuoteToInvoice.ORDER_ID),
                (String) execution.getVariable(QuoteToInvoice.CLERK));
        // an order delivered in full before this (an older process's stale task) ends here, without a dead task
        execution.setVariable(QuoteToInvoice.FULLY_DELIVERED, order.isFullyDelivered());
    }
}
