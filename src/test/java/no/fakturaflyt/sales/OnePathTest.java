package no.fakturaflyt.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.common.ChannelType;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerType;
import no.fakturaflyt.invoicing.InvoiceLifecycle;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.invoicing.InvoiceStatus;
import no.fakturaflyt.product.Product;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.Mails;
import no.fakturaflyt.support.TestData;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Issue 16, point 3: one path per action. Confirming, delivering, invoicing a delivery and the collective run go
 * through the order's process whichever door they come in by — our REST API or the engine REST API Tasklist uses —
 * the process moves on, a task whose order was changed elsewhere shows the change or has ended, and a conflicting
 * action is a 409 problem with the reason that changes nothing.
 */
@FakturaflytTest
@SuppressWarnings({"unchecked", "rawtypes"})
class OnePathTest {

    @Autowired TestRestTemplate rest;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired SalesService sales;
    @Autowired InvoiceService invoices;
    @Autowired TestData data;
    @Autowired Jobs jobs;

    @BeforeEach
    void theEngineForTheProcessAssertions(@Autowired ProcessEngine engine) {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void invoicedAtOnceAgainAfterwards() {
        CollectiveInvoicing.use(sales, false);
        BpmnAwareTests.reset();
    }

    @Test
    void throughTheApiEveryActionCompletesTheProcessTaskAndTheProcessInvoicesEachDeliveryWithoutWaiting() {
        Product chairs = data.product("3", "1000.00");
        ProcessInstance process = acceptedQuote("rest-dor@salg.example", chairs, 10);
        long orderId = orderOf(process);
        assertThat(process).as("the order is made when the quote is accepted").isWaitingAt(
                QuoteToInvoice.CONFIRM_ORDER_TASK);

        // a change through the API shows in the open task
        ResponseEntity<Map> changed = clerk().exchange("/api/orders/" + orderId, org.springframework.http.HttpMethod.PUT,
                new HttpEntity<>(Map.of("lines", List.of(Map.of("productId", chairs.getId(), "quantity", 10,
                        "unitPrice", "950.00")))), Map.class);
        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
        Task confirm = task(process, QuoteToInvoice.CONFIRM_ORDER_TASK);
        assertThat(tasks.getVariable(confirm.getId(), QuoteToInvoice.SUMMARY).toString()).contains("950.00");
        assertThat(tasks.getVariable(confirm.getId(), QuoteToInvoice.ORDER_CHANGES).toString())
                .contains("unit price");

        // confirming through the API completes the task: it ends, the process goes on to the deliveries
        Map confirmed = clerk().postForObject("/api/orders/" + orderId + "/confirm", null, Map.class);
        assertThat(confirmed.get("status")).isEqualTo("CONFIRMED");
        assertThat(confirmed.get("number")).isNotNull();
        assertThat(ended(confirm)).isTrue();
        assertThat(history.createHistoricTaskInstanceQuery().taskId(confirm.getId()).singleResult().getDeleteReason())
                .isEqualTo("completed");
        assertThat(process).hasPassed("Task_SendOrderConfirmation").isWaitingAt(QuoteToInvoice.REGISTER_DELIVERY_TASK);
        assertThat(clerk().postForObject("/api/orders/" + orderId + "/confirm", null, Map.class).get("number"))
                .as("a repeat changes nothing").isEqualTo(confirmed.get("number"));
        assertThat(Mails.to("rest-dor@salg.example")).extracting(m -> m.getSubject().split(" ")[0])
                .containsExactly("Tilbud", "Ordrebekreftelse");

        // a delivery through the API completes "Register delivery"; the process invoices it at once and, while that
        // invoice is in its lifecycle, already waits for the next delivery
        Task register = task(process, QuoteToInvoice.REGISTER_DELIVERY_TASK);
        ResponseEntity<Map> first = clerk().postForEntity("/api/orders/" + orderId + "/deliveries",
                Map.of("lines", List.of(Map.of("lineNo", 1, "quantity", 4))), Map.class);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(ended(register)).isTrue();
        long firstInvoice = ((Number) first.getBody().get("invoiceId")).longValue();
        assertThat(process).isWaitingAt(QuoteToInvoice.REGISTER_DELIVERY_TASK, "CallActivity_InvoiceLifecycle");
        assertThat(tasks.getVariable(task(process, QuoteToInvoice.REGISTER_DELIVERY_TASK).getId(),
                QuoteToInvoice.SUMMARY).toString()).contains("partly invoiced");

        ResponseEntity<Map> rest = clerk().postForEntity("/api/orders/" + orderId + "/deliveries", Map.of(),
                Map.class);
        assertThat(rest.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long secondInvoice = ((Number) rest.getBody().get("invoiceId")).longValue();
        assertThat(process).hasPassed("EndEvent_OrderCompleted").isNotEnded();
        assertThat(clerk().postForObject("/api/deliveries/" + id(first) + "/invoice", null, Map.class)
                .get("invoiceId")).as("the invoice the process made").isEqualTo((int) firstInvoice);

        jobs.executeAll();
        jobs.advanceClock(Duration.ofDays(3));       // past the distribution's late-failure window
        jobs.executeAll();
        assertThat(process).isEnded();
        for (long invoiceId : List.of(firstInvoice, secondInvoice)) {
            assertThat(invoices.get(invoiceId).getStatus()).isEqualTo(InvoiceStatus.POSTED);
            assertThat(lifecycles(invoiceId)).as("one lifecycle per invoice").isEqualTo(1);
        }
        assertThat(sales.order(orderId).getStatus()).isEqualTo(OrderStatus.INVOICED);
    }

    @Test
    void aConflictingActionThroughTheApiIsA409WithTheReasonAndChangesNothing() {
        Customer noEmail = data.customer(CustomerType.PERSON, null, List.of(ChannelType.EMAIL));
        Product product = data.product("3", "100.00");
        ResponseEntity<Map> created = clerk().postForEntity("/api/orders", Map.of("customerId", noEmail.getId(),
                "lines", List.of(Map.of("productId", product.getId(), "quantity", 2))), Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long orderId = id(created);
        ProcessInstance process = runtime.createProcessInstanceQuery().processInstanceBusinessKey("order-" + orderId)
                .singleResult();
        assertThat(process).as("an order without a quote has its process too")
                .isWaitingAt(QuoteToInvoice.CONFIRM_ORDER_TASK);

        ResponseEntity<Map> early = clerk().postForEntity("/api/orders/" + orderId + "/deliveries", Map.of(),
                Map.class);
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(early.getBody().get("detail").toString()).contains("before it is confirmed");

        ResponseEntity<Map> unsendable = clerk().postForEntity("/api/orders/" + orderId + "/confirm", null, Map.class);
        assertThat(unsendable.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(unsendable.getBody().get("detail").toString()).contains("no invoice e-mail address");

        assertThat(sales.order(orderId).getStatus()).isEqualTo(OrderStatus.DRAFT);
        assertThat(sales.deliveries(orderId)).isEmpty();
        assertThat(process).isWaitingAt(QuoteToInvoice.CONFIRM_ORDER_TASK);
    }

    @Test
    void throughEngineRestAsTasklistDoesTheSameTasksMoveTheSameProcess() {
        ProcessInstance process = acceptedQuote("tasklist-dor@salg.example", data.product("3", "200.00"), 5);
        long orderId = orderOf(process);

        assertThat(submit(task(process, QuoteToInvoice.CONFIRM_ORDER_TASK), Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(sales.order(orderId).getStatus()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(sales.order(orderId).getConfirmedBy()).isEqualTo("clerk");

        // more than remains: 400 naming the field, the task stays
        Task register = task(process, QuoteToInvoice.REGISTER_DELIVERY_TASK);
        ResponseEntity<Map> tooMuch = submit(register, Map.of(QuoteToInvoice.DELIVER_ALL, false,
                QuoteToInvoice.DELIVERY_LINES, "1:9"));
        assertThat(tooMuch.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooMuch.getBody()).containsEntry("field", "lines[0].quantity");
        assertThat(tooMuch.getBody().get("message").toString()).contains("at most 5 remain");
        assertThat(ended(register)).isFalse();
        assertThat(sales.deliveries(orderId)).isEmpty();

        assertThat(submit(register, Map.of(QuoteToInvoice.DELIVER_ALL, false, QuoteToInvoice.DELIVERY_LINES, "1:2"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Delivery first = sales.deliveries(orderId).get(0);
        assertThat(first.getInvoiceId()).as("invoiced at once by the process").isNotNull();
        assertThat(process).isWaitingAt(QuoteToInvoice.REGISTER_DELIVERY_TASK, "CallActivity_InvoiceLifecycle");

        // the rest is delivered through our API meanwhile: the task Tasklist still shows has ended, completing it is
        // a 409 with the reason, and nothing more is delivered
        Task stale = task(process, QuoteToInvoice.REGISTER_DELIVERY_TASK);
        assertThat(clerk().postForEntity("/api/orders/" + orderId + "/deliveries", Map.of(), Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<Map> late = submit(stale, Map.of(QuoteToInvoice.DELIVER_ALL, true));
        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(late.getBody().get("message").toString()).contains("'Register delivery' is no longer open");
        assertThat(late.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(sales.deliveries(orderId)).hasSize(2);
        assertThat(tasks.createTaskQuery().processInstanceId(process.getId()).count()).as("nothing left to do")
                .isZero();

        jobs.executeAll();
        jobs.advanceClock(Duration.ofDays(3));
        jobs.executeAll();
        assertThat(process).isEnded().hasPassed("EndEvent_OrderCompleted");
        assertThat(sales.deliveries(orderId)).allSatisfy(d -> {
            assertThat(invoices.get(d.getInvoiceId()).getStatus()).isEqualTo(InvoiceStatus.POSTED);
            assertThat(lifecycles(d.getInvoiceId())).isEqualTo(1);
        });
    }

    @Test
    void aConfirmationRefusedThroughEngineRestIsA409AndTheTaskStays() {
        Customer noEmail = data.customer(CustomerType.PERSON, null, List.of(ChannelType.EMAIL));
        ResponseEntity<Map> created = clerk().postForEntity("/api/orders", Map.of("customerId", noEmail.getId(),
                "lines", List.of(Map.of("productId", data.product("3", "50.00").getId(), "quantity", 1))), Map.class);
        long orderId = id(created);
        ProcessInstance process = runtime.createProcessInstanceQuery().processInstanceBusinessKey("order-" + orderId)
                .singleResult();
        Task confirm = task(process, QuoteToInvoice.CONFIRM_ORDER_TASK);

        ResponseEntity<Map> refused = submit(confirm, Map.of());

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().get("message").toString()).contains("no invoice e-mail address");
        assertThat(refused.getBody()).containsEntry("status", 409);
        assertThat(ended(confirm)).isFalse();
        assertThat(sales.order(orderId).getStatus()).isEqualTo(OrderStatus.DRAFT);
    }

    @Test
    void collectedDeliveriesRegisteredInTasklistAreInvoicedThroughTheCollectiveProcessFromTheApi() {
        CollectiveInvoicing.use(sales, true);
        ProcessInstance process = acceptedQuote("samle-dor@salg.example", data.product("3", "100.00"), 3);
        long orderId = orderOf(process);
        submit(task(process, QuoteToInvoice.CONFIRM_ORDER_TASK), Map.of());

        assertThat(submit(task(process, QuoteToInvoice.REGISTER_DELIVERY_TASK), Map.of(QuoteToInvoice.DELIVER_ALL,
                false, QuoteToInvoice.DELIVERY_LINES, "1:1")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(submit(task(process, QuoteToInvoice.REGISTER_DELIVERY_TASK), Map.of(QuoteToInvoice.DELIVER_ALL,
                true)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(process).as("collected, not invoiced by the order's process").isEnded()
                .hasNotPassed("CallActivity_InvoiceLifecycle");
        List<Delivery> deliveries = sales.deliveries(orderId);
        assertThat(deliveries).hasSize(2).allSatisfy(d -> assertThat(d.getInvoiceId()).isNull());

        // one collected delivery invoiced on request, the other by the collective run asked for now
        long single = ((Number) clerk().postForObject("/api/deliveries/" + deliveries.get(0).getId() + "/invoice",
                null, Map.class).get("invoiceId")).longValue();
        List<Number> run = (List<Number>) clerk().postForObject("/api/sales/collective-invoicing", null, Map.class)
                .get("invoiceIds");
        long collective = sales.delivery(deliveries.get(1).getId()).getInvoiceId();
        assertThat(run).extracting(Number::longValue).contains(collective).doesNotContain(single);

        jobs.executeAll();
        for (long invoiceId : List.of(single, collective)) {
            assertThat(history.createHistoricProcessInstanceQuery()
                    .processDefinitionKey(InvoiceLifecycle.PROCESS_KEY).variableValueEquals(InvoiceLifecycle.INVOICE_ID,
                            invoiceId).singleResult().getSuperProcessInstanceId())
                    .as("started by collective-invoicing's call activity").satisfies(parent -> assertThat(
                            history.createHistoricProcessInstanceQuery().processInstanceId(parent).singleResult()
                                    .getProcessDefinitionKey()).isEqualTo(QuoteToInvoice.COLLECTIVE_PROCESS_KEY));
        }
        assertThat(invoices.get(single).getStatus()).isEqualTo(InvoiceStatus.POSTED);
        assertThat(invoices.get(collective).getStatus()).isEqualTo(InvoiceStatus.POSTED);
        assertThat(lifecycles(single)).isEqualTo(1);
        assertThat(clerk().postForObject("/api/deliveries/" + deliveries.get(0).getId() + "/invoice", null, Map.class)
                .get("invoiceId")).as("a repeat returns the same invoice").isEqualTo((int) single);
        assertThat(lifecycles(single)).isEqualTo(1);
    }

    @Test
    void tasklistsOwnEngineApiAnswersARefusedOrStaleCompletionWithTheSame409() {
        Customer noEmail = data.customer(CustomerType.PERSON, null, List.of(ChannelType.EMAIL));
        long orderId = id(clerk().postForEntity("/api/orders", Map.of("customerId", noEmail.getId(),
                "lines", List.of(Map.of("productId", data.product("3", "70.00").getId(), "quantity", 1))), Map.class));
        Task confirm = task(runtime.createProcessInstanceQuery().processInstanceBusinessKey("order-" + orderId)
                .singleResult(), QuoteToInvoice.CONFIRM_ORDER_TASK);
        HttpHeaders tasklist = tasklistSession("clerk", "clerk");
        String submitForm = "/camunda/api/engine/engine/default/task/" + confirm.getId() + "/submit-form";

        ResponseEntity<Map> refused = rest.postForEntity(submitForm, new HttpEntity<>(Map.of("variables", Map.of()),
                tasklist), Map.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().get("message").toString()).contains("no invoice e-mail address");
        assertThat(ended(confirm)).isFalse();
        assertThat(sales.order(orderId).getStatus()).isEqualTo(OrderStatus.DRAFT);

        // another order confirmed through our API while Tasklist still shows its task
        long other = id(clerk().postForEntity("/api/orders", Map.of("customerId", data.business("tasklist-stale@salg"
                + ".example").getId(), "lines", List.of(Map.of("productId", data.product("3", "70.00").getId(),
                "quantity", 1))), Map.class));
        Task shown = task(runtime.createProcessInstanceQuery().processInstanceBusinessKey("order-" + other)
                .singleResult(), QuoteToInvoice.CONFIRM_ORDER_TASK);
        assertThat(clerk().postForEntity("/api/orders/" + other + "/confirm", null, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<Map> stale = rest.postForEntity("/camunda/api/engine/engine/default/task/" + shown.getId()
                + "/submit-form", new HttpEntity<>(Map.of("variables", Map.of()), tasklist), Map.class);
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(stale.getBody().get("message").toString()).contains("'Confirm order' is no longer open");
    }

    @Test
    void aTaskWhoseOrderWasDeliveredBesideTheProcessLeadsToItsEndNotToATaskThatCannotBeDone() {
        ProcessInstance process = acceptedQuote("ved-siden@salg.example", data.product("3", "100.00"), 2);
        long orderId = orderOf(process);
        // confirmed and delivered beside the process, as the API did before every action went through it
        sales.confirmOrder(orderId, "clerk");
        Delivery beside = sales.registerDelivery(orderId, new DeliveryForm(null, null), "clerk");

        assertThat(submit(task(process, QuoteToInvoice.CONFIRM_ORDER_TASK), Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(process).isEnded().hasPassed("EndEvent_OrderCompleted")
                .hasNotPassed(QuoteToInvoice.REGISTER_DELIVERY_TASK);

        // its delivery still gets its invoice, through collective-invoicing's lifecycle step
        long invoiceId = ((Number) clerk().postForObject("/api/deliveries/" + beside.getId() + "/invoice", null,
                Map.class).get("invoiceId")).longValue();
        jobs.executeAll();
        assertThat(invoices.get(invoiceId).getStatus()).isEqualTo(InvoiceStatus.POSTED);
        assertThat(lifecycles(invoiceId)).isEqualTo(1);
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    /** A quote registered, sent and accepted through the API: its process, waiting for the order's confirmation. */
    private ProcessInstance acceptedQuote(String email, Product product, int quantity) {
        Customer customer = data.business(email);
        Map quote = clerk().postForObject("/api/quotes", Map.of("customerId", customer.getId(),
                "lines", List.of(Map.of("productId", product.getId(), "quantity", quantity))), Map.class);
        long quoteId = ((Number) quote.get("id")).longValue();
        assertThat(clerk().postForEntity("/api/quotes/" + quoteId + "/send", null, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(clerk().postForEntity("/api/quotes/" + quoteId + "/accept", null, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey("quote-" + quoteId).singleResult();
    }

    private long orderOf(ProcessInstance process) {
        return (Long) runtime.getVariable(process.getId(), QuoteToInvoice.ORDER_ID);
    }

    private Task task(ProcessInstance process, String key) {
        return tasks.createTaskQuery().processInstanceId(process.getId()).taskDefinitionKey(key).singleResult();
    }

    private boolean ended(Task task) {
        return tasks.createTaskQuery().taskId(task.getId()).count() == 0;
    }

    private long lifecycles(long invoiceId) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(InvoiceLifecycle.PROCESS_KEY)
                .variableValueEquals(InvoiceLifecycle.INVOICE_ID, invoiceId).count();
    }

    /** As Tasklist submits a task's form: claimed by the clerk, then submitted through engine REST. */
    private ResponseEntity<Map> submit(Task task, Map<String, Object> answers) {
        clerk().postForEntity("/engine-rest/task/" + task.getId() + "/claim", json(Map.of("userId", "clerk")),
                String.class);
        Map<String, Object> variables = new java.util.HashMap<>();
        answers.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return clerk().postForEntity("/engine-rest/task/" + task.getId() + "/submit-form",
                json(Map.of("variables", variables)), Map.class);
    }

    /** Logged in to Tasklist as its login page does: the session and CSRF cookies and the CSRF header. */
    private HttpHeaders tasklistSession(String user, String password) {
        Map<String, String> cookies = new java.util.LinkedHashMap<>();
        ResponseEntity<String> visit = rest.getForEntity("/camunda/api/admin/auth/user/default", String.class);
        keepCookies(visit, cookies);
        org.springframework.util.LinkedMultiValueMap<String, String> form =
                new org.springframework.util.LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        HttpHeaders login = sessionHeaders(cookies, MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> loggedIn = rest.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
                new HttpEntity<>(form, login), String.class);
        assertThat(loggedIn.getStatusCode()).isEqualTo(HttpStatus.OK);
        keepCookies(loggedIn, cookies);
        // the logged-in session's own CSRF token, handed out on its first read as Tasklist's start page reads
        keepCookies(rest.exchange("/camunda/api/admin/auth/user/default", org.springframework.http.HttpMethod.GET,
                new HttpEntity<>(sessionHeaders(cookies, MediaType.APPLICATION_JSON)), String.class), cookies);
        return sessionHeaders(cookies, MediaType.APPLICATION_JSON);
    }

    private static void keepCookies(ResponseEntity<?> response, Map<String, String> cookies) {
        response.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of()).stream()
                .map(cookie -> cookie.split(";", 2)[0].split("=", 2))
                .forEach(pair -> cookies.put(pair[0], pair[1]));
    }

    private static HttpHeaders sessionHeaders(Map<String, String> cookies, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        headers.set(HttpHeaders.COOKIE, cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; ")));
        if (cookies.containsKey("XSRF-TOKEN")) {
            headers.set("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
        }
        return headers;
    }

    private static HttpEntity<Object> json(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private static long id(ResponseEntity<Map> response) {
        return ((Number) response.getBody().get("id")).longValue();
    }

    private TestRestTemplate clerk() {
        return rest.withBasicAuth("clerk", "clerk");
    }
}
