package no.fakturaflyt.dunning;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * UserTask_ApproveStep, on complete: approved, the step goes out with the clerk's name on it; held back, the case
 * is paused with the clerk's reason until someone resumes it.
 */
@Component("approveStepTaskListener")
class ApproveStepTaskListener implements TaskListener {

    private final FollowUpService followUps;

    ApproveStepTaskListener(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @Override
    public void notify(DelegateTask task) {
        long invoiceId = (Long) task.getVariable(PaymentFollowUp.INVOICE_ID);
        Object decision = task.getVariable(PaymentFollowUp.STEP_DECISION);
        String clerk = task.getAssignee() != null ? task.getAssignee()
                : task.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null ? null
                : task.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
        if (PaymentFollowUp.DECISION_APPROVE.equals(decision)) {
            task.getExecution().setVariable(PrepareReminderDelegate.APPROVED_BY, clerk);
            return;
        }
        if (!PaymentFollowUp.DECISION_HOLD.equals(decision)) {
            throw new IllegalArgumentException("stepDecision must be APPROVE or HOLD, not " + decision);
        }
        Object comment = task.getVariable(PaymentFollowUp.STEP_DECISION_COMMENT);
        followUps.hold(invoiceId, comment == null || comment.toString().isBlank() ? "held back by " + clerk
                : comment.toString(), clerk);
        task.getExecution().setVariable(PaymentFollowUp.PAUSED, true);
    }
}
