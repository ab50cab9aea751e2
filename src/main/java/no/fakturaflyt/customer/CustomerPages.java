package no.fakturaflyt.customer;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import no.fakturaflyt.common.web.FormErrors;
import no.fakturaflyt.common.web.Navigable;
import no.fakturaflyt.common.web.NavigationEntry;
import no.fakturaflyt.common.web.ScreenController;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The customers: search and list, create and edit with the API's checks (errors beside the field). */
@ScreenController
class CustomerPages implements Navigable {

    private static final String FORM_VIEW = "customer/form";

    private final CustomerService service;
    private final Validator validator;

    CustomerPages(CustomerService service, Validator validator) {
        this.service = service;
        this.validator = validator;
    }

    @Override
    public NavigationEntry navigation() {
        return NavigationEntry.forEveryone(20, "/customers", "nav.customers");
    }

    @GetMapping("/customers")
    String list(@RequestParam(required = false) String q, Model model) {
        String query = q == null ? "" : q.trim().toLowerCase(Locale.ROOT);
        List<Customer> customers = service.list().stream().filter(c -> query.isEmpty() || matches(c, query)).toList();
        model.addAttribute("q", q);
        model.addAttribute("customers", customers);
        return "customer/list";
    }

    private static boolean matches(Customer c, String query) {
        return c.getName().toLowerCase(Locale.ROOT).contains(query)
                || String.valueOf(c.getCustomerNumber()).equals(query)
                || (c.getOrgNumber() != null && c.getOrgNumber().contains(query.replace(" ", "")))
                || (c.getInvoiceEmail() != null && c.getInvoiceEmail().toLowerCase(Locale.ROOT).contains(query));
    }

    @GetMapping("/customers/new")
    String create(Model model) {
        return form(null, new CustomerForm(CustomerType.BUSINESS, null, null, null, null, null, null, "NO", null, null,
                "nb", null, null, false), FormErrors.none(), model);
    }

    @PostMapping("/customers")
    String create(@Valid @ModelAttribute("form") CustomerForm form, BindingResult binding, Model model,
            HttpServletResponse response) {
        FormErrors errors = FormErrors.of(binding, validator, CustomerForm.class);
        return errors.attempt(() -> service.create(form))
                .map(customer -> "redirect:/customers/" + customer.getId() + "/account?created")
                .orElseGet(() -> refused(null, form, errors, model, response));
    }

    @GetMapping("/customers/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Customer c = service.get(id);
        return form(c, new CustomerForm(c.getCustomerType(), c.getName(), c.getOrgNumber(), c.getAddressLine1(),
                c.getAddressLine2(), c.getPostalCode(), c.getCity(), c.getCountryCode(), c.getInvoiceEmail(),
                c.getMobile(), c.getLanguage(), c.getPaymentTermsDays(), c.getDistributionOrder(),
                c.hasAvtaleGiroMandate()), FormErrors.none(), model);
    }

    @PostMapping("/customers/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") CustomerForm form, BindingResult binding,
            Model model, HttpServletResponse response) {
        Customer customer = service.get(id);
        FormErrors errors = FormErrors.of(binding, validator, CustomerForm.class);
        return errors.attempt(() -> service.update(id, form))
                .map(saved -> "redirect:/customers/" + id + "/account?saved")
                .orElseGet(() -> refused(customer, form, errors, model, response));
    }

    private String refused(Customer customer, CustomerForm form, FormErrors errors, Model model,
            HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(customer, form, errors, model);
    }

    private static String form(Customer customer, CustomerForm form, FormErrors errors, Model model) {
        model.addAttribute("customer", customer);
        model.addAttribute("form", form);
        model.addAttribute("distribution", form.distributionOrder() == null ? ""
                : String.join(",", form.distributionOrder().stream().map(Enum::name).toList()));
        model.addAttribute("errors", errors);
        model.addAttribute("types", CustomerType.values());
        return FORM_VIEW;
    }
}
