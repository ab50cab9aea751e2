package no.fakturaflyt.sales;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendOrderConfirmation: numbers and confirms the order, renders and e-mails the order confirmation. */
@Component("sendOrderConfirmationDelegate")
class SendOrderConfirmationDelegate implements JavaDelegate {

    private final SalesService sales;

    SendOrderConfirmationDelegate(SalesService sales) {
        this.sales = sales;
    }

    @Override
    public void execute(DelegateExecution execution) {
        sales.confirmOrder((Long) execution.getVariable(QuoteToInvoice.ORDER_ID),
                (String) execution.getVariable(QuoteToInvoice.CLERK));
    }
}
