package no.fakturaflyt.sales;

import java.time.LocalDate;
import java.util.Date;
import no.fakturaflyt.common.OsloClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SendQuote: numbers, renders and e-mails the quote, and sets when it runs out (the day after its validity
 * date) and when the clerk is reminded (the order settings' days before; at once when that day has passed).
 */
@Component("sendQuoteDelegate")
class SendQuoteDelegate implements JavaDelegate {

    private final SalesService sales;
    private final OsloClock clock;

    SendQuoteDelegate(SalesService sales, OsloClock clock) {
        this.sales = sales;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long quoteId = (Long) execution.getVariable(QuoteToInvoice.QUOTE_ID);
        Quote quote = sales.sendQuote(quoteId, (String) execution.getVariable(QuoteToInvoice.CLERK));
        LocalDate expires = quote.getValidUntil().plusDays(1);
        LocalDate reminder = quote.getValidUntil().minusDays(sales.settings().getQuoteExpiryReminderDays());
        if (reminder.isBefore(clock.today())) {
            reminder = clock.today();
        }
        execution.setVariable(QuoteToInvoice.QUOTE_NUMBER, quote.getQuoteNumber());
        execution.setVariable(QuoteToInvoice.EXPIRES_AT, startOf(expires));
        execution.setVariable(QuoteToInvoice.REMINDER_AT, startOf(reminder));
        execution.setVariable(QuoteToInvoice.ANSWER, QuoteToInvoice.ANSWER_NONE);
    }

    private static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(OsloClock.OSLO).toInstant());
    }
}
