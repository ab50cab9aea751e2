package no.fakturaflyt.sales;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.fakturaflyt.common.ConflictException;
import no.fakturaflyt.customer.CustomerService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The API's door to an order: every action goes through the order's process (quote-to-invoice) as Tasklist's does.
 * Confirming and delivering complete the process's task in the request's transaction (so a refusal refuses both),
 * invoices asked for here reach their lifecycle through collective-invoicing's call activity. Only an order made
 * before every order had a process is changed directly, as before.
 */
@Service
public class OrderProcess {

    private final SalesService sales;
    private final SalesTaskListener describer;
    private final CustomerService customers;
    private final RuntimeService runtime;
    private final TaskService tasks;

    OrderProcess(SalesService sales, SalesTaskListener describer,
            CustomerService customers, RuntimeService runtime, TaskService tasks) {
        this.sales = sales;
        this.describer = describer;
        this.customers = customers;
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** An order without a quote: its process starts at "Confirm order". */
    @Transactional
    public SalesOrder register(long customerId, OrderForm form, String user) {
        SalesOrder order = sales.createOrder(customerId, form, user);
        ProcessInstance process = runtime.createMessageCorrelation(QuoteToInvoice.MESSAGE_ORDER_REGISTERED)
                .processInstanceBusinessKey("order-" + order.getId())
                .setVariable(QuoteToInvoice.ORDER_ID, order.getId())
                .setVariable(QuoteToInvoice.CUSTOMER_NAME, customers.get(order.getCustomerId()).getName())
                .correlateStartMessage();
        order.attachProcess(process.getId());
        return order;
    }

    /** Saves the draft's lines; the open "Confirm order" task shows the order as it now is. */
    @Transactional
    public SalesOrder update(long orderId, OrderForm form, String user) {
        SalesOrder order = sales.updateOrder(orderId, form, user);
        Task confirm = openTask(order, QuoteToInvoice.CONFIRM_ORDER_TASK);
        if (confirm != null) {
            runtime.setVariables(confirm.getProcessInstanceId(), describer.orderDescription(orderId));
        }
        return order;
    }

    /**
     * Confirms the order by completing its "Confirm order" task (the process numbers and e-mails it in this
     * transaction). A confirmed order is returned as it is.
     */
    @Transactional
    public SalesOrder confirm(long orderId, String user) {
        SalesOrder order = sales.order(orderId);
        Task confirm = openTask(order, QuoteToInvoice.CONFIRM_ORDER_TASK);
        if (confirm != null) {
            complete(confirm, Map.of(QuoteToInvoice.CLERK, user), order);
            return sales.order(orderId);
        }
        if (!hasRunningProcess(order)) {
            return sales.confirmOrder(orderId, user);
        }
        if (order.getStatus() != OrderStatus.DRAFT) {
            return order;
        }
        throw notWaiting(order, "confirm", "the confirmation");
    }

    /**
     * Registers a delivery by completing the order's "Register delivery" task with the form's answers; the process
     * records it and invoices it at once or collects it. Returns the delivery made.
     */
    @Transactional
    public Delivery deliver(long orderId, DeliveryForm form, String user) {
        SalesOrder order = sales.order(orderId);
        Task register = openTask(order, QuoteToInvoice.REGISTER_DELIVERY_TASK);
        if (register == null && !hasRunningProcess(order)) {
            return sales.registerDelivery(orderId, form, user);
        }
        if (register == null) {
            sales.requireDeliverable(orderId);
            throw notWaiting(order, "deliver", "a delivery");
        }
        Set<Long> before = sales.deliveries(orderId).stream().map(Delivery::getId).collect(Collectors.toSet());
        Map<String, Object> variables = RegisterDeliveryDelegate.variables(form);
        variables.put(QuoteToInvoice.CLERK, user);
        complete(register, variables, order);
        return sales.deliveries(orderId).stream().filter(d -> !before.contains(d.getId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("The process recorded no delivery of order " + orderId));
    }

    /**
     * The delivery's invoice: the one it has, or (a collected delivery not yet invoiced) a new one whose lifecycle
     * collective-invoicing runs. A delivery to be invoiced at once belongs to its order's process, which invoices it.
     */
    @Transactional
    public long invoice(long deliveryId, String user) {
        Delivery delivery = sales.delivery(deliveryId);
        SalesOrder order = sales.order(delivery.getOrderId());
        if (delivery.getInvoiceId() == null && !order.isCollectiveInvoicing() && hasRunningProcess(order)) {
            throw new ConflictException("Delivery " + deliveryId + " of " + order.describe() + " is invoiced by the "
                    + "order's process, which is at " + String.join(", ", runtime.getActiveActivityIds(
                    order.getProcessInstanceId())) + "; it gets its invoice there",
                    Map.of("processInstanceId", order.getProcessInstanceId()));
        }
        SalesService.PreparedInvoice invoice = sales.prepareDeliveryInvoice(deliveryId, user);
        if (invoice.isNew()) {
            startLifecycles(List.of(invoice.invoiceId()));
        }
        return invoice.invoiceId();
    }

    /** The collective run now: the invoices made, each run through collective-invoicing's lifecycle step. */
    @Transactional
    public List<Long> runCollectiveInvoicing(String user) {
        List<Long> invoiceIds = sales.prepareCollectiveInvoicesNow(user);
        if (!invoiceIds.isEmpty()) {
            startLifecycles(invoiceIds);
        }
        return invoiceIds;
    }

    private void startLifecycles(List<Long> invoiceIds) {
        runtime.createMessageCorrelation(QuoteToInvoice.MESSAGE_INVOICING_REQUESTED)
                .setVariable(QuoteToInvoice.INVOICE_IDS, new ArrayList<>(invoiceIds)).correlateStartMessage();
    }

    /** Completes the task; a clerk who did the same at the same moment came first: 409. */
    private void complete(Task task, Map<String, Object> variables, SalesOrder order) {
        try {
            tasks.complete(task.getId(), variables);
        } catch (OptimisticLockingException e) {
            throw new ConflictException("'" + task.getName() + "' of " + order.describe() + " was done by someone "
                    + "else at the same moment; reload the order", Map.of("taskId", task.getId()),
                    "sales.order.doneElsewhere", task.getName());
        }
    }

    /** Where the order's process is instead (e.g. one started before this model, waiting for an invoice's lifecycle). */
    private ConflictException notWaiting(SalesOrder order, String action, String what) {
        List<String> at = runtime.getActiveActivityIds(order.getProcessInstanceId());
        return new ConflictException("Cannot " + action + " " + order.describe() + " now: its process is not waiting "
                + "for " + what + " but at " + String.join(", ", at) + "; try again once it has moved on",
                Map.of("processInstanceId", order.getProcessInstanceId(), "activities", at),
                "sales.order.processElsewhere", String.join(", ", at));
    }

    private Task openTask(SalesOrder order, String key) {
        return order.getProcessInstanceId() == null ? null : tasks.createTaskQuery()
                .processInstanceId(order.getProcessInstanceId()).taskDefinitionKey(key).singleResult();
    }

    private boolean hasRunningProcess(SalesOrder order) {
        return order.getProcessInstanceId() != null && runtime.createProcessInstanceQuery()
                .processInstanceId(order.getProcessInstanceId()).count() > 0;
    }
}
