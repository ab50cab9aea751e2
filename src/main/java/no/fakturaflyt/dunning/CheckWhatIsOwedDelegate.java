package no.fakturaflyt.dunning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_CheckWhatIsOwed: before each step, what is still owed and what the case does next — list it, send the step
 * (with the reminder policy's inputs), hold it (below the minimum amount), or end (nothing owed).
 */
@Component("checkWhatIsOwedDelegate")
class CheckWhatIsOwedDelegate implements JavaDelegate {

    private final FollowUpService followUps;

    CheckWhatIsOwedDelegate(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long invoiceId = (Long) execution.getVariable(PaymentFollowUp.INVOICE_ID);
        FollowUpService.Check check = followUps.checkWhatIsOwed(invoiceId);
        execution.setVariable(PaymentFollowUp.STEP_OUTCOME, check.outcome());
        execution.setVariable(PaymentFollowUp.NEXT_STEP, check.step());
        execution.setVariable(PaymentFollowUp.CUSTOMER_TYPE, check.debtorType().name());
        execution.setVariable(PaymentFollowUp.OUTSTANDING_AMOUNT, check.outstanding().doubleValue());
        execution.setVariable(PaymentFollowUp.TRANSFER_NEEDS_APPROVAL, check.transferNeedsApproval());
        execution.setVariable(PaymentFollowUp.STEP_SUMMARY, check.summary());
        if (PaymentFollowUp.OUTCOME_HOLD.equals(check.outcome())) {
            execution.setVariable(PaymentFollowUp.PAUSED, true);
        }
        if (check.nextStepOn() != null) {
            execution.setVariable(PaymentFollowUp.NEXT_STEP_AT, FollowUpSchedule.timerDate(check.nextStepOn()));
        }
    }
}
