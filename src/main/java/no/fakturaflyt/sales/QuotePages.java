package no.fakturaflyt.sales;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.security.Principal;
import java.util.function.Supplier;
import no.fakturaflyt.common.web.FormErrors;
import no.fakturaflyt.common.web.ScreenController;
import no.fakturaflyt.customer.CustomerService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The quote page: lines, totals, PDF, history, the waiting user task with its link into Tasklist, and the clerk's
 * actions, each through {@link QuoteProcess} as the API's: send (completes "Review and send quote"), the customer's
 * accept or decline (the message the process waits for). A refusal is shown on the page with the API's status.
 */
@ScreenController
class QuotePages {

    private final SalesService sales;
    private final QuoteProcess process;
    private final SalesHistory history;
    private final CustomerService customers;
    private final WaitingTasks waiting;
    private final Validator validator;

    QuotePages(SalesService sales, QuoteProcess process, SalesHistory history, CustomerService customers,
            WaitingTasks waiting, Validator validator) {
        this.sales = sales;
        this.process = process;
        this.history = history;
        this.customers = customers;
        this.waiting = waiting;
        this.validator = validator;
    }

    @GetMapping("/quotes/{id}")
    String show(@PathVariable long id, Model model) {
        return page(id, FormErrors.none(), model);
    }

    @PostMapping("/quotes/{id}/send")
    String send(@PathVariable long id, Principal user, Model model, HttpServletResponse response) {
        return act(id, () -> process.send(id, user.getName()), "?sent", model, response);
    }

    /** The customer's yes: its process makes the order confirmation, where the clerk goes on. */
    @PostMapping("/quotes/{id}/accept")
    String accept(@PathVariable long id, Principal user, Model model, HttpServletResponse response) {
        FormErrors errors = FormErrors.none();
        return PageActions.attempt(errors, () -> process.accept(id, user.getName()),
                quote -> sales.orderOfQuote(id).map(order -> "/orders/" + order.getId())
                        .orElse("/quotes/" + id + "?accepted"), response, () -> page(id, errors, model));
    }

    @PostMapping("/quotes/{id}/decline")
    String decline(@PathVariable long id, @RequestParam(required = false) String reason, Principal user,
            Model model, HttpServletResponse response) {
        FormErrors errors = FormErrors.validate(validator, new QuoteController.Answer(reason));
        return act(id, errors, () -> process.decline(id, reason, user.getName()), "?declined", model, response);
    }

    @GetMapping(value = "/quotes/{id}/quote.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return PdfResponses.inline(sales.quotePdf(id), "tilbud-" + id + ".pdf");
    }

    private String act(long id, Supplier<Quote> action, String outcome, Model model, HttpServletResponse response) {
        return act(id, FormErrors.none(), action, outcome, model, response);
    }

    private String act(long id, FormErrors errors, Supplier<Quote> action, String outcome, Model model,
            HttpServletResponse response) {
        return PageActions.attempt(errors, action, quote -> "/quotes/" + id + outcome, response,
                () -> page(id, errors, model));
    }

    private String page(long id, FormErrors errors, Model model) {
        Quote quote = sales.quote(id);
        model.addAttribute("quote", quote);
        model.addAttribute("customer", customers.get(quote.getCustomerId()));
        model.addAttribute("totals", sales.totals(quote));
        model.addAttribute("order", sales.orderOfQuote(id).orElse(null));
        model.addAttribute("tasks", waiting.of(quote.getProcessInstanceId()));
        model.addAttribute("events", history.of(SalesEvent.Subject.QUOTE, id));
        model.addAttribute("errors", errors);
        return "sales/quote";
    }
}
