package no.fakturaflyt.company;

import no.fakturaflyt.common.web.CurrentUser;
import no.fakturaflyt.security.Roles;

import java.util.Optional;
import no.fakturaflyt.common.InvoiceTemplate;
import no.fakturaflyt.common.web.FormErrors;
import no.fakturaflyt.common.web.NavigationEntry;
import no.fakturaflyt.common.web.Navigable;
import no.fakturaflyt.common.web.ScreenController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Fakturamal": the invoice layouts and the company's default. Everyone sees which applies; admins and process
 * owners choose, as through PUT /api/invoice-templates/default (SecurityConfig lets both post here). A customer's own choice overrides it,
 * on the customer; the invoice page shows the one that applies. The same service as the API.
 */
@ScreenController
class InvoiceTemplatePages implements Navigable {

    static final String VIEW = "company/invoice-templates";

    private final CompanySettingsService service;

    InvoiceTemplatePages(CompanySettingsService service) {
        this.service = service;
    }

    @Override
    public NavigationEntry navigation() {
        return NavigationEntry.forEveryone(68, "/settings/invoice-templates", "nav.invoiceTemplates");
    }

    @GetMapping("/settings/invoice-templates")
    String page(Model model) {
        return page(model, FormErrors.none(), null);
    }

    @PostMapping("/admin/invoice-templates")
    String choose(@RequestParam(required = false) String template, Model model) {
        FormErrors errors = FormErrors.none();
        Optional<CompanySettings> chosen = errors.attempt(() -> service.chooseInvoiceTemplate(template), "template");
        return chosen.isPresent() ? "redirect:/settings/invoice-templates?saved" : page(model, errors, template);
    }

    private String page(Model model, FormErrors errors, String chosen) {
        String companyDefault = service.current().getInvoiceTemplate();
        model.addAttribute("templates", InvoiceTemplate.keys());
        model.addAttribute("companyDefault", InvoiceTemplate.of(companyDefault).key());
        model.addAttribute("chosen", chosen != null ? chosen : InvoiceTemplate.of(companyDefault).key());
        model.addAttribute("errors", errors);
        model.addAttribute("mayChoose", CurrentUser.isInAny(Roles.ADMINS, Roles.PROCESS_OWNERS));
        return VIEW;
    }
}
