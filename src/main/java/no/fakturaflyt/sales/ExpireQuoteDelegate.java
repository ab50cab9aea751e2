package no.fakturaflyt.sales;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ExpireQuote: the validity date passed without an answer; the quote can no longer be accepted. */
@Component("expireQuoteDelegate")
class ExpireQuoteDelegate implements JavaDelegate {

    private final SalesService sales;

    ExpireQuoteDelegate(SalesService sales) {
        this.sales = sales;
    }

    @Override
    public void execute(DelegateExecution execution) {
        sales.expireQuote((Long) execution.getVariable(QuoteToInvoice.QUOTE_ID));
    }
}
