package no.fakturaflyt.sales;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quote's process: started when a clerk registers a quote, told of the customer's answer as a message in the
 * transaction that records it, so the quote's status and its process never disagree.
 */
@Service
public class QuoteProcess {

    private final SalesService sales;
    private final SalesSummaries summaries;
    private final RuntimeService runtime;
    private final TaskService tasks;

    static final String REVIEW_TASK = "UserTask_ReviewAndSendQuote";

    QuoteProcess(SalesService sales, SalesSummaries summaries, RuntimeService runtime, TaskService tasks) {
        this.tasks = tasks;
        this.sales = sales;
        this.summaries = summaries;
        this.runtime = runtime;
    }

    @Transactional
    public Quote register(QuoteForm form, String user) {
        Quote quote = sales.createQuote(form, user);
        ProcessInstance process = runtime.startProcessInstanceByKey(QuoteToInvoice.PROCESS_KEY, "quote-" + quote.getId(),
                Map.of(QuoteToInvoice.QUOTE_ID, quote.getId(),
                        QuoteToInvoice.CUSTOMER_NAME, summaries.customerName(quote)));
        quote.attachProcess(process.getId());
        return quote;
    }

    /**
     * Sends the quote: completes the clerk's "Review and send quote" task when the process waits there (the process
     * sends it in that transaction), else sends it directly. Repeating it sends nothing again.
     */
    @Transactional
    public Quote send(long quoteId, String user) {
        Task review = tasks.createTaskQuery().processInstanceBusinessKey("quote-" + quoteId)
                .taskDefinitionKey(REVIEW_TASK).singleResult();
        if (review != null) {
            tasks.complete(review.getId(), Map.of(QuoteToInvoice.CLERK, user));
            return sales.quote(quoteId);
        }
        return sales.sendQuote(quoteId, user);
    }

    @Transactional
    public Quote accept(long quoteId, String user) {
        Quote quote = sales.acceptQuote(quoteId, user);
        answer(quoteId, QuoteToInvoice.MESSAGE_ACCEPTED, "ACCEPTED");
        return quote;
    }

    @Transactional
    public Quote decline(long quoteId, String reason, String user) {
        Quote quote = sales.declineQuote(quoteId, reason, user);
        answer(quoteId, QuoteToInvoice.MESSAGE_DECLINED, "DECLINED");
        return quote;
    }

    private void answer(long quoteId, String message, String answer) {
        runtime.createMessageCorrelation(message).processInstanceBusinessKey("quote-" + quoteId)
                .setVariable(QuoteToInvoice.ANSWER, answer).correlateAllWithResult();
    }
}
