package no.fakturaflyt.sales;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.security.Principal;
import java.util.List;
import no.fakturaflyt.common.web.FormErrors;
import no.fakturaflyt.common.web.LineRows;
import no.fakturaflyt.common.web.Screen;
import no.fakturaflyt.common.web.ScreenController;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.product.Product;
import no.fakturaflyt.product.ProductService;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The quote editor: choose a customer and the quote exists with its process ({@link QuoteProcess#register}, as
 * {@code POST /api/quotes}); lines from products or free text, every change saved through the API's
 * {@link SalesService#updateQuote} and the totals per VAT rate shown again (htmx).
 */
@ScreenController
class QuoteEditorPages {

    static final String EDITOR_VIEW = "sales/quote-editor";

    private final SalesService sales;
    private final QuoteProcess process;
    private final CustomerService customers;
    private final ProductService products;
    private final LedgerService ledger;
    private final Validator validator;

    QuoteEditorPages(SalesService sales, QuoteProcess process, CustomerService customers, ProductService products,
            LedgerService ledger, Validator validator) {
        this.sales = sales;
        this.process = process;
        this.customers = customers;
        this.products = products;
        this.ledger = ledger;
        this.validator = validator;
    }

    @GetMapping("/quotes/new")
    String chooseCustomer(@RequestParam(required = false) Long customerId,
            @ModelAttribute("screen") Screen screen, Model model) {
        if (!screen.canWork()) {
            return "redirect:/quotes";
        }
        return chooser(customerId, FormErrors.none(), model);
    }

    @PostMapping("/quotes")
    String create(@RequestParam(required = false) Long customerId, Principal user, Model model,
            HttpServletResponse response) {
        QuoteForm form = new QuoteForm(customerId, null, null, null, List.of());
        FormErrors errors = FormErrors.validate(validator, form);
        return errors.attempt(() -> process.register(form, user.getName()), "customerId")
                .map(quote -> "redirect:/quotes/" + quote.getId() + "/edit")
                .orElseGet(() -> {
                    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                    return chooser(customerId, errors, model);
                });
    }

    private String chooser(Long customerId, FormErrors errors, Model model) {
        model.addAttribute("customers", customers.list());
        model.addAttribute("customerId", customerId);
        model.addAttribute("errors", errors);
        return "sales/new-quote";
    }

    @GetMapping("/quotes/{id}/edit")
    String edit(@PathVariable long id, @ModelAttribute("screen") Screen screen, Model model) {
        Quote quote = sales.quote(id);
        if (!screen.canWork() || quote.getStatus() != QuoteStatus.DRAFT) {
            return "redirect:/quotes/" + id;
        }
        return editor(quote, QuoteEditorForm.of(quote), FormErrors.none(), model);
    }

    /** "Lagre og ny linje": saves and shows the editor again, with an empty row to fill in. */
    @PostMapping("/quotes/{id}/edit")
    String save(@PathVariable long id, @ModelAttribute("form") QuoteEditorForm form, BindingResult binding,
            Principal user, Model model, HttpServletResponse response) {
        FormErrors errors = saveQuote(id, form, binding, user);
        if (errors.isEmpty()) {
            return "redirect:/quotes/" + id + "/edit";
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return editor(sales.quote(id), form.withEmptyRow(), errors, model);
    }

    /** htmx, on every change: saves the quote and answers the totals and each row's errors. */
    @PostMapping("/quotes/{id}/edit/totals")
    String totals(@PathVariable long id, @ModelAttribute("form") QuoteEditorForm form, BindingResult binding,
            Principal user, Model model) {
        FormErrors errors = saveQuote(id, form, binding, user);
        editor(sales.quote(id), form, errors, model);
        return EDITOR_VIEW + " :: changed";
    }

    /** A value the browser sent that is no number is its field's error; else the API form's rules and the service's. */
    private FormErrors saveQuote(long id, QuoteEditorForm form, BindingResult binding, Principal user) {
        FormErrors typed = FormErrors.of(binding);
        if (!typed.isEmpty()) {
            return typed;
        }
        QuoteForm quoteForm = form.toQuoteForm(sales.quote(id).getCustomerId());
        FormErrors errors = FormErrors.validate(validator, quoteForm);
        errors.attempt(() -> sales.updateQuote(id, quoteForm, user.getName()), "form");
        return LineRows.rowErrors(errors, form.getLines());
    }

    private String editor(Quote quote, QuoteEditorForm form, FormErrors errors, Model model) {
        model.addAttribute("quote", quote);
        model.addAttribute("customer", customers.get(quote.getCustomerId()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("totals", sales.totals(quote));
        model.addAttribute("products", products.list().stream().filter(Product::isActive).toList());
        model.addAttribute("vatCodes", ledger.vatCodes());
        return EDITOR_VIEW;
    }
}
