package no.fakturaflyt.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.common.ConflictException;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceLine;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.invoicing.InvoiceStatus;
import no.fakturaflyt.product.Product;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.Mails;
import no.fakturaflyt.support.TestData;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * bpmn/quote-to-invoice.bpmn and bpmn/collective-invoicing.bpmn, each path driven as a clerk drives it: user tasks
 * completed through the TaskService as Tasklist completes them, the customer's answer through the API's service.
 */
@FakturaflytTest
class QuoteToInvoiceProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired RepositoryService repository;
    @Autowired TaskService tasks;
    @Autowired org.camunda.bpm.engine.ManagementService management;
    @Autowired QuoteProcess quotes;
    @Autowired SalesService sales;
    @Autowired InvoiceService invoices;
    @Autowired TestData data;
    @Autowired Jobs jobs;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void tearDown() {
        BpmnAwareTests.reset();
        CollectiveInvoicing.use(sales, false);
    }

    @Test
    void acceptedChangedOnConfirmationAndDeliveredInTwoPartsEachInvoicedAtTheConfirmedPrice() throws Exception {
        Customer customer = data.business("prosess@salg.example");
        Product chairs = data.product("3", "1000.00");
        Quote quote = quotes.register(new QuoteForm(customer.getId(), null, "Netto 14 dager", null,
                List.of(new SalesLineForm(chairs.getId(), null, new BigDecimal("10"), null, null, null, null))),
                "clerk");
        ProcessInstance process = process(quote);
        assertThat(process).isWaitingAt("UserTask_ReviewAndSendQuote");

        complete(quote, "UserTask_ReviewAndSendQuote", Map.of());
        assertThat(sales.quote(quote.getId()).getStatus()).isEqualTo(QuoteStatus.SENT);
        assertThat(Mails.to("prosess@salg.example")).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).startsWith("Tilbud "));
        assertThat(process).isWaitingAt("Gateway_CustomerAnswer");

        quotes.accept(quote.getId(), "clerk");
        jobs.executeAll();
        assertThat(process).isWaitingAt("UserTask_ConfirmOrder");
        long orderId = (Long) runtime.getVariable(process.getId(), QuoteToInvoice.ORDER_ID);
        assertThat(tasks.getVariable(taskOf(quote, "UserTask_ConfirmOrder").getId(), QuoteToInvoice.ORDER_CHANGES))
                .isEqualTo("None: the order is as quoted.");

        // the clerk lowers the price before confirming; the difference is recorded
        sales.updateOrder(orderId, new OrderForm(List.of(new SalesLineForm(chairs.getId(), null, new BigDecimal("10"),
                null, new BigDecimal("950.00"), null, null)), null), "clerk");
        complete(quote, "UserTask_ConfirmOrder", Map.of());
        jobs.executeAll();
        assertThat(sales.order(orderId).getStatus()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(sales.changes(orderId)).anySatisfy(c -> {
            assertThat(c.getChangeType()).isEqualTo(OrderChange.Type.UNIT_PRICE);
            assertThat(c.getNewValue()).contains("950");
        });
        assertThat(Mails.to("prosess@salg.example")).anySatisfy(
                m -> assertThat(m.getSubject()).startsWith("Ordrebekreftelse"));

        // first delivery: 4 of 10, invoiced at once through the invoice lifecycle
        complete(quote, "UserTask_RegisterDelivery", Map.of(QuoteToInvoice.DELIVER_ALL, false,
                QuoteToInvoice.DELIVERY_LINES, "1:4", QuoteToInvoice.DELIVERED_ON, LocalDate.now().toString()));
        jobs.executeAll();
        assertThat(process).isWaitingAt("CallActivity_InvoiceLifecycle");
        long firstInvoice = (Long) runtime.getVariable(process.getId(), QuoteToInvoice.INVOICE_ID);
        jobs.advanceClock(Duration.ofDays(3));      // past the distribution run's late-failure window
        jobs.executeAll();
        assertThat(process).isWaitingAt("UserTask_RegisterDelivery");

        // the rest
        complete(quote, "UserTask_RegisterDelivery", Map.of(QuoteToInvoice.DELIVER_ALL, true));
        jobs.executeAll();
        jobs.advanceClock(Duration.ofDays(3));
        jobs.executeAll();
        assertThat(process).isEnded().hasPassed("EndEvent_OrderCompleted");

        List<Invoice> invoiced = sales.deliveries(orderId).stream().map(d -> invoices.get(d.getInvoiceId())).toList();
        assertThat(invoiced).hasSize(2).allSatisfy(i -> assertThat(i.getStatus()).isEqualTo(InvoiceStatus.POSTED));
        assertThat(invoiced.get(0).getId()).isEqualTo(firstInvoice);
        assertThat(invoiced).flatExtracting(Invoice::getLines).extracting(InvoiceLine::getUnitPrice)
                .allSatisfy(price -> assertThat(price).as("the confirmed price, not the quoted")
                        .isEqualByComparingTo("950.00"));
        assertThat(invoiced).flatExtracting(Invoice::getLines).extracting(InvoiceLine::getQuantity)
                .extracting(BigDecimal::stripTrailingZeros).containsExactly(new BigDecimal("4"), new BigDecimal("6"));
        assertThat(sales.order(orderId).getStatus()).isEqualTo(OrderStatus.INVOICED);
    }

    @Test
    void aDeclinedQuoteEndsTheProcessAndMakesNoOrder() {
        Quote quote = sentQuote("nei@salg.example", null);
        ProcessInstance process = process(quote);
        quotes.decline(quote.getId(), "Too expensive", "clerk");
        assertThat(process).isEnded().hasPassed("EndEvent_QuoteDeclined");
        assertThat(sales.quote(quote.getId()).getStatus()).isEqualTo(QuoteStatus.DECLINED);
        assertThatThrownBy(() -> sales.createOrderFromQuote(quote.getId(), "clerk"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void withoutAnAnswerTheClerkIsRemindedAndThenTheQuoteExpires() {
        LocalDate validUntil = LocalDate.now(OsloClock.OSLO).plusDays(10);
        Quote quote = sentQuote("stille@salg.example", validUntil);
        ProcessInstance process = process(quote);

        at(validUntil.minusDays(4));
        assertThat(tasks.createTaskQuery().processInstanceId(process.getId()).count()).isZero();
        at(validUntil.minusDays(3));
        Task reminder = taskOf(quote, "UserTask_FollowUpQuote");
        assertThat(reminder.getDueDate()).isEqualTo(
                Date.from(validUntil.plusDays(1).atStartOfDay(OsloClock.OSLO).toInstant()));
        tasks.complete(reminder.getId(), Map.of("followUpNote", "Called; they think about it"));

        at(validUntil);
        assertThat(process).isNotEnded();
        at(validUntil.plusDays(1));
        assertThat(process).isEnded().hasPassed("Task_ExpireQuote", "EndEvent_QuoteExpired");
        assertThat(sales.quote(quote.getId()).getStatus()).isEqualTo(QuoteStatus.EXPIRED);
    }

    @Test
    void threeCollectedOrdersOfOneCustomerBecomeOneInvoiceOnTheMorningRun() {
        CollectiveInvoicing.use(sales, true);
        Customer customer = data.business("samle@salg.example");
        Product product = data.product("3", "100.00");
        List<Long> orders = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Quote quote = quotes.register(new QuoteForm(customer.getId(), null, null, null, List.of(
                    new SalesLineForm(product.getId(), null, BigDecimal.ONE, null, null, null, null))), "clerk");
            ProcessInstance process = process(quote);
            tasks.complete(taskOf(quote, "UserTask_ReviewAndSendQuote").getId(), Map.of());
            quotes.accept(quote.getId(), "clerk");
            jobs.executeAll();
            orders.add((Long) runtime.getVariable(process.getId(), QuoteToInvoice.ORDER_ID));
            tasks.complete(taskOf(quote, "UserTask_ConfirmOrder").getId(), Map.of());
            jobs.executeAll();
            tasks.complete(taskOf(quote, "UserTask_RegisterDelivery").getId(), Map.of(QuoteToInvoice.DELIVER_ALL,
                    true));
            jobs.executeAll();
            assertThat(process).as("collected, not invoiced at once").isEnded()
                    .hasNotPassed("CallActivity_InvoiceLifecycle");
        }

        // the morning look of collective-invoicing.bpmn (its timer job, whenever it is due)
        management.executeJob(management.createJobQuery().processDefinitionKey(QuoteToInvoice.COLLECTIVE_PROCESS_KEY)
                .timers().singleResult().getId());
        jobs.executeAll();
        jobs.advanceClock(Duration.ofDays(3));
        jobs.executeAll();

        List<Long> invoiceIds = orders.stream().flatMap(id -> sales.deliveries(id).stream())
                .map(Delivery::getInvoiceId).distinct().toList();
        assertThat(invoiceIds).hasSize(1).doesNotContainNull();
        Invoice collective = invoices.get(invoiceIds.get(0));
        assertThat(collective.getStatus()).isEqualTo(InvoiceStatus.POSTED);
        assertThat(collective.getLines()).hasSize(3);
        assertThat(collective.getNote()).startsWith("Samlefaktura");
    }

    @Test
    void everyUserTaskHasItsFormDeployedBesideIt() {
        var definition = repository.createProcessDefinitionQuery().processDefinitionKey(QuoteToInvoice.PROCESS_KEY)
                .latestVersion().singleResult();
        BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
        List<String> deployed = repository.getDeploymentResourceNames(definition.getDeploymentId());
        assertThat(model.getModelElementsByType(UserTask.class)).hasSize(4).allSatisfy(task -> {
            assertThat(task.getCamundaFormRef()).isNotBlank();
            assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
            assertThat(task.getCamundaCandidateGroups()).isEqualTo("clerks");
            assertThat(deployed).contains("forms/" + task.getCamundaFormRef() + ".form");
        });
    }

    private Quote sentQuote(String email, LocalDate validUntil) {
        Customer customer = data.business(email);
        Quote quote = quotes.register(new QuoteForm(customer.getId(), validUntil, null, null, List.of(
                new SalesLineForm(data.product("3", "500.00").getId(), null, BigDecimal.ONE, null, null, null,
                        null))), "clerk");
        tasks.complete(taskOf(quote, "UserTask_ReviewAndSendQuote").getId(), Map.of());
        return quote;
    }

    /** The quote's process, while it runs; kept by the tests to assert on it after it ended. */
    private ProcessInstance process(Quote quote) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey("quote-" + quote.getId())
                .singleResult();
    }

    private Task taskOf(Quote quote, String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey("quote-" + quote.getId()).taskDefinitionKey(key)
                .singleResult();
    }

    private void complete(Quote quote, String key, Map<String, Object> variables) {
        Task task = taskOf(quote, key);
        tasks.setAssignee(task.getId(), "clerk");
        tasks.complete(task.getId(), variables);
    }

    private void at(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(8, 0)).atZone(OsloClock.OSLO).toInstant()));
        jobs.executeAll();
    }
}
