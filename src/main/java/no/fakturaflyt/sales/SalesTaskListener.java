package no.fakturaflyt.sales;

import java.util.Map;
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
            var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
            String clerk = task.getAssignee() != null ? task.getAssignee()
                    : authentication != null ? authentication.getUserId()
                    : (String) task.getVariable(QuoteToInvoice.CLERK);     // given by the API door completing it
            task.getExecution().setVariable(QuoteToInvoice.CLERK, clerk);
            return;
        }
        Object orderId = task.getVariable(QuoteToInvoice.ORDER_ID);
        if (orderId instanceof Long id) {
            task.setVariables(orderDescription(id));
        } else {
            long quoteId = (Long) task.getVariable(QuoteToInvoice.QUOTE_ID);
            task.setVariable(QuoteToInvoice.SUMMARY, summaries.quote(quoteId));
            task.setVariable(QuoteToInvoice.PREVIEW_LINK, "/api/quotes/" + quoteId + "/preview.pdf");
        }
    }

    /** The order as the form shows it; set again whenever the order changes while the task is open. */
    Map<String, Object> orderDescription(long orderId) {
        return Map.of(QuoteToInvoice.SUMMARY, summaries.order(orderId),
                QuoteToInvoice.ORDER_CHANGES, summaries.changes(orderId),
                QuoteToInvoice.PREVIEW_LINK, "/api/orders/" + orderId + "/preview.pdf");
    }
}
