package no.fakturaflyt.dunning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseFollowUp: nothing is owed any more; the case closes as paid, credited or written off. */
@Component("closeFollowUpDelegate")
class CloseFollowUpDelegate implements JavaDelegate {

    private final FollowUpService followUps;

    CloseFollowUpDelegate(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long invoiceId = (Long) execution.getVariable(PaymentFollowUp.INVOICE_ID);
        String settledBy = String.valueOf(execution.getVariable(PaymentFollowUp.SETTLED_BY));
        FollowUpStage stage = switch (settledBy) {
            case "CREDIT_NOTE" -> FollowUpStage.CREDITED;
            case "WRITE_OFF" -> FollowUpStage.WRITTEN_OFF;
            default -> FollowUpStage.PAID;
        };
        followUps.close(invoiceId, stage, "settled by " + settledBy.toLowerCase().replace('_', ' '));
    }
}
