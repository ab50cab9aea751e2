package no.fakturaflyt.distribution;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.invoicing.InvoiceStatus;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where each sent invoice (or credit note) stands in its own distribution run. Runs and attempts of its follow-up
 * documents (reminders, collection notices) are left out: a bounced reminder does not make a delivered invoice
 * undelivered.
 */
@Component
class DistributionOverview {

    static final String MANUAL_TASK = "UserTask_DistributeManually";

    enum Status { DELIVERED, IN_PROGRESS, NEEDS_ACTION }

    record Entry(long invoiceId, Long number, String type, long customerId, Status status, String channel,
            String recipient, int attempts) {
    }

    private final InvoiceService invoices;
    private final DeliveryLog log;
    private final TaskService taskService;
    private final RuntimeService runtimeService;

    DistributionOverview(InvoiceService invoices, DeliveryLog log, TaskService taskService,
            RuntimeService runtimeService) {
        this.invoices = invoices;
        this.log = log;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
    }

    @Transactional(readOnly = true)
    List<Entry> list(Status wanted) {
        Set<Long> needingAction = needingAction();
        return invoices.list(InvoiceStatus.POSTED).stream()
                .map(invoice -> entry(invoice, needingAction))
                .filter(entry -> wanted == null || entry.status() == wanted)
                .sorted(Comparator.comparing(Entry::invoiceId).reversed())
                .toList();
    }

    private Entry entry(Invoice invoice, Set<Long> needingAction) {
        List<DeliveryAttempt> attempts = log.attempts(invoice.getId(), null);
        Optional<DeliveryAttempt> last = attempts.stream()
                .filter(a -> a.getStatus() != DeliveryStatus.SKIPPED).reduce((first, second) -> second);
        boolean rejectedWithoutRun = last.filter(a -> a.getStatus() == DeliveryStatus.REJECTED_LATE).isPresent()
                && !running(invoice.getId());
        Status status = needingAction.contains(invoice.getId()) || rejectedWithoutRun ? Status.NEEDS_ACTION
                : last.filter(a -> a.getStatus() == DeliveryStatus.SENT
                        || a.getStatus() == DeliveryStatus.DELIVERED_MANUALLY).isPresent() ? Status.DELIVERED
                : Status.IN_PROGRESS;
        return new Entry(invoice.getId(), invoice.getInvoiceNumber(), invoice.getInvoiceType().name(),
                invoice.getCustomerId(), status, last.map(DeliveryAttempt::getChannel).orElse(null),
                last.map(DeliveryAttempt::getRecipient).orElse(null), attempts.size());
    }

    private boolean running(long invoiceId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(DistributionRun.PROCESS_KEY)
                .variableValueEquals(DistributionRun.INVOICE_ID, invoiceId).list().stream()
                .anyMatch(run -> deliversInvoiceItself(run.getId()));
    }

    private boolean deliversInvoiceItself(String processInstanceId) {
        return runtimeService.getVariable(processInstanceId, DistributionRun.DOCUMENT_ID) == null;
    }

    /** Invoices whose own run waits for a clerk (manual distribution) or is stuck at an incident. */
    private Set<Long> needingAction() {
        Set<String> instances = taskService.createTaskQuery().taskDefinitionKey(MANUAL_TASK).list().stream()
                .map(task -> task.getProcessInstanceId()).collect(Collectors.toSet());
        runtimeService.createIncidentQuery().list().forEach(incident -> instances.add(incident.getProcessInstanceId()));
        return instances.stream()
                .filter(this::deliversInvoiceItself)
                .map(id -> runtimeService.getVariable(id, DistributionRun.INVOICE_ID))
                .filter(Long.class::isInstance).map(Long.class::cast)
                .collect(Collectors.toSet());
    }
}
