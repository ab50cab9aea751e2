package no.fakturaflyt.dunning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_TransferToAgency: the claim goes to the collection agency, once (Idempotency-Key per invoice). */
@Component("transferToAgencyDelegate")
class TransferToAgencyDelegate implements JavaDelegate {

    private final CollectionTransfer transfer;

    TransferToAgencyDelegate(CollectionTransfer transfer) {
        this.transfer = transfer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long invoiceId = (Long) execution.getVariable(PaymentFollowUp.INVOICE_ID);
        transfer.transfer(invoiceId, (String) execution.getVariable(PrepareReminderDelegate.APPROVED_BY));
        execution.removeVariable(PrepareReminderDelegate.APPROVED_BY);
    }
}
