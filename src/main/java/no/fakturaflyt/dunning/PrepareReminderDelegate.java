package no.fakturaflyt.dunning;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_PrepareReminder: the reminder or notice the policy asked for, within the law — fee, deadline, fee posting,
 * PDF — and the date of the step after it. Hands the document to the distribution run.
 */
@Component("prepareReminderDelegate")
class PrepareReminderDelegate implements JavaDelegate {

    static final String APPROVED_BY = "stepApprovedBy";

    private final ReminderStepService reminders;

    PrepareReminderDelegate(ReminderStepService reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long invoiceId = (Long) execution.getVariable(PaymentFollowUp.INVOICE_ID);
        if (!(execution.getVariable(PaymentFollowUp.POLICY_FEE) instanceof Number fee)
                || !(execution.getVariable(PaymentFollowUp.POLICY_DAYS_TO_NEXT_STEP) instanceof Number days)) {
            throw new IllegalStateException("reminder-policy.dmn gave no fee and daysToNextStep: "
                    + execution.getVariable(PaymentFollowUp.POLICY_FEE) + ", "
                    + execution.getVariable(PaymentFollowUp.POLICY_DAYS_TO_NEXT_STEP));
        }
        ReminderStepService.Prepared prepared = reminders.prepare(invoiceId, new BigDecimal(fee.toString()),
                days.intValue(), (String) execution.getVariable(APPROVED_BY));
        execution.removeVariable(APPROVED_BY);
        execution.setVariable(PaymentFollowUp.DOCUMENT_ID, prepared.documentId());
        execution.setVariable(PaymentFollowUp.NEXT_STEP_AT, FollowUpSchedule.timerDate(prepared.nextStepOn()));
    }
}
