package no.fakturaflyt.sales;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The user tasks of quote-to-invoice. On create: the quote or order as text for the form, its PDF preview link and
 * (for "Confirm order") the differences from the quote. On complete: who did it, for the steps that follow.
 */
@Component("salesTaskListener")
class SalesTaskListener implements TaskListener {

    private final SalesSummaries summaries;

    SalesTaskListener(SalesSummaries summaries) {
        this.summaries = summaries;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            String clerk = task.getAssignee() != null ? task.getAssignee()
                    : task.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null ? null
                    : task.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
            task.getExecution().setVariable(QuoteToInvoice.CLERK, clerk);
            return;
        }
        Object orderId = task.getVariable(QuoteToInvoice.ORDER_ID);
        if (orderId instanceof Long id) {
            task.setVariable(QuoteToInvoice.SUMMARY, summaries.order(id));
            task.setVariable(QuoteToInvoice.ORDER_CHANGES, summaries.changes(id));
            task.setVariable(QuoteToInvoice.PREVIEW_LINK, "/api/orders/" + id + "/preview.pdf");
        } else {
            long quoteId = (Long) task.getVariable(QuoteToInvoice.QUOTE_ID);
            task.setVariable(QuoteToInvoice.SUMMARY, summaries.quote(quoteId));
            task.setVariable(QuoteToInvoice.PREVIEW_LINK, "/api/quotes/" + quoteId + "/preview.pdf");
        }
    }
}
