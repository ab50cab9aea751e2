package no.fakturaflyt.dunning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RescheduleAfterPause: the waiting step's date, moved by the days the case was paused (today at the earliest). */
@Component("rescheduleAfterPauseDelegate")
class RescheduleAfterPauseDelegate implements JavaDelegate {

    private final FollowUpService followUps;

    RescheduleAfterPauseDelegate(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long invoiceId = (Long) execution.getVariable(PaymentFollowUp.INVOICE_ID);
        execution.setVariable(PaymentFollowUp.PAUSED, false);
        execution.setVariable(PaymentFollowUp.NEXT_STEP_AT, FollowUpSchedule.timerDate(followUps.nextStepOn(invoiceId)));
    }
}
