package no.fakturaflyt.dunning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_OpenFollowUpCase: the case of the invoice, and the day it goes on the follow-up list if unpaid. */
@Component("openFollowUpCaseDelegate")
class OpenFollowUpCaseDelegate implements JavaDelegate {

    private final FollowUpService followUps;

    OpenFollowUpCaseDelegate(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long invoiceId = (Long) execution.getVariable(PaymentFollowUp.INVOICE_ID);
        FollowUpCase followUp = followUps.open(invoiceId, execution.getProcessInstanceId());
        execution.setVariable(PaymentFollowUp.NEXT_STEP, followUp.getNextStep());
        execution.setVariable(PaymentFollowUp.NEXT_STEP_AT, FollowUpSchedule.timerDate(followUp.getNextStepOn()));
    }
}
