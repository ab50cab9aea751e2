package no.fakturaflyt.payment.bankfile;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_BookMatchedPayment: books what the clerk decided (the invoice, or unidentified on 2990). */
@Component("bookMatchedPaymentDelegate")
class BookMatchedPaymentDelegate implements JavaDelegate {

    private final IncomingPaymentBooker booker;

    BookMatchedPaymentDelegate(IncomingPaymentBooker booker) {
        this.booker = booker;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object comment = execution.getVariable(PaymentMatching.COMMENT);
        booker.bookByClerk((Long) execution.getVariable(PaymentMatching.TRANSACTION_ID),
                (Long) execution.getVariable(PaymentMatching.MATCHED_INVOICE_ID),
                comment == null ? null : comment.toString(), (String) execution.getVariable(PaymentMatching.MATCHED_BY));
    }
}
