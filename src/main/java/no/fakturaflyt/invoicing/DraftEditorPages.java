package no.fakturaflyt.invoicing;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.security.Principal;
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
 * The draft editor: choose a customer and the draft exists; lines from products or free text; every change saved
 * through the API's {@link InvoiceService#updateDraft} and the totals per VAT rate shown again (htmx); the preview
 * PDF in the page; "Fakturer og send" after a confirmation.
 */
@ScreenController
class DraftEditorPages {

    static final String EDITOR_VIEW = "invoicing/editor";

    private final InvoiceService invoices;
    private final CustomerService customers;
    private final ProductService products;
    private final LedgerService ledger;
    private final Validator validator;

    DraftEditorPages(InvoiceService invoices, CustomerService customers, ProductService products,
            LedgerService ledger, Validator validator) {
        this.invoices = invoices;
        this.customers = customers;
        this.products = products;
        this.ledger = ledger;
        this.validator = validator;
    }

    @GetMapping("/invoices/new")
    String chooseCustomer(@RequestParam(required = false) Long customerId,
            @ModelAttribute("screen") Screen screen, Model model) {
        if (!screen.canWork()) {
            return "redirect:/invoices";
        }
        model.addAttribute("customers", customers.list());
        model.addAttribute("customerId", customerId);
        model.addAttribute("errors", FormErrors.none());
        return "invoicing/new";
    }

    @PostMapping("/invoices")
    String create(@RequestParam(required = false) Long customerId, Principal user, Model model,
            HttpServletResponse response) {
        FormErrors errors = FormErrors.none();
        if (customerId == null) {
            errors.reject("customerId", "NotNull");
        }
        return errors.attempt(() -> invoices.createDraft(
                        new DraftForm(customerId, null, null, null, null, null), user.getName()), "customerId")
                .map(draft -> "redirect:/invoices/" + draft.getId() + "/edit")
                .orElseGet(() -> {
                    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                    model.addAttribute("customers", customers.list());
                    model.addAttribute("customerId", customerId);
                    model.addAttribute("errors", errors);
                    return "invoicing/new";
                });
    }

    @GetMapping("/invoices/{id}/edit")
    String edit(@PathVariable long id, @ModelAttribute("screen") Screen screen, Model model) {
        Invoice draft = invoices.get(id);
        if (!screen.canWork() || draft.getStatus() != InvoiceStatus.DRAFT
                || draft.getInvoiceType() != InvoiceType.INVOICE) {
            return "redirect:/invoices/" + id;
        }
        return editor(draft, DraftEditorForm.of(draft), FormErrors.none(), model);
    }

    /** "Lagre" and "Ny linje": saves and shows the editor again, with an empty row to fill in. */
    @PostMapping("/invoices/{id}/edit")
    String save(@PathVariable long id, @ModelAttribute("form") DraftEditorForm form, BindingResult binding,
            Principal user, Model model, HttpServletResponse response) {
        FormErrors errors = saveDraft(id, form, binding, user);
        if (errors.isEmpty()) {
            return "redirect:/invoices/" + id + "/edit";
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return editor(invoices.get(id), form.withEmptyRow(), errors, model);
    }

    /** htmx, on every change: saves the draft and answers the totals and each row's errors. */
    @PostMapping("/invoices/{id}/edit/totals")
    String totals(@PathVariable long id, @ModelAttribute("form") DraftEditorForm form, BindingResult binding,
            Principal user, Model model) {
        FormErrors errors = saveDraft(id, form, binding, user);
        editor(invoices.get(id), form, errors, model);
        return EDITOR_VIEW + " :: changed";
    }

    /** Saves nothing while a field holds what is no value of its kind (a quantity that is no number). */
    private FormErrors saveDraft(long id, DraftEditorForm form, BindingResult binding, Principal user) {
        if (binding.hasErrors()) {
            return FormErrors.of(binding);
        }
        Invoice draft = invoices.get(id);
        DraftForm draftForm = form.toDraftForm(draft.getCustomerId());
        FormErrors errors = FormErrors.validate(validator, draftForm);
        errors.attempt(() -> invoices.updateDraft(id, draftForm, user.getName()));
        return LineRows.rowErrors(errors, form.getLines());
    }

    private String editor(Invoice draft, DraftEditorForm form, FormErrors errors, Model model) {
        model.addAttribute("invoice", draft);
        model.addAttribute("customer", customers.get(draft.getCustomerId()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("totals", invoices.totals(draft));
        model.addAttribute("products", products.list().stream().filter(Product::isActive).toList());
        model.addAttribute("vatCodes", ledger.vatCodes());
        return EDITOR_VIEW;
    }
}
