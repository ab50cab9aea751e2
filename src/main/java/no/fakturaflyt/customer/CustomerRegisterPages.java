package no.fakturaflyt.customer;

import java.util.function.Supplier;
import no.fakturaflyt.common.ConflictException;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.common.NotFoundException;
import no.fakturaflyt.common.web.ScreenController;
import no.fakturaflyt.customer.register.BusinessRegisterUnavailableException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The customer page's Enhetsregisteret panel (htmx): the register's last warning, "check" showing the customer's
 * fields beside the register's, "update" taking them through {@link RegisterRefresh} (the API's rules). A register
 * that cannot be asked, or does not know the number, is said in the panel; nothing is saved then.
 */
@ScreenController
class CustomerRegisterPages {

    private static final String PANEL = "customer/register-panel";

    private final CustomerService customers;
    private final RegisterRefresh refresh;

    CustomerRegisterPages(CustomerService customers, RegisterRefresh refresh) {
        this.customers = customers;
        this.refresh = refresh;
    }

    @GetMapping("/customers/{id}/register")
    String panel(@PathVariable long id, Model model) {
        model.addAttribute("customer", customers.get(id));
        return PANEL;
    }

    @GetMapping("/customers/{id}/register/comparison")
    String compare(@PathVariable long id, Model model) {
        model.addAttribute("customer", customers.get(id));
        asking(() -> model.addAttribute("comparison", refresh.compare(id)), model);
        return PANEL;
    }

    @PostMapping("/customers/{id}/register/refresh")
    String apply(@PathVariable long id, @RequestParam(required = false) Long version, Model model) {
        asking(() -> model.addAttribute("updated", refresh.apply(id, version, null) != null), model);
        model.addAttribute("customer", customers.get(id));
        return PANEL;
    }

    private static void asking(Supplier<Object> call, Model model) {
        try {
            call.get();
        } catch (InvalidInputException | NotFoundException | ConflictException
                | BusinessRegisterUnavailableException e) {
            model.addAttribute("registerError", e.getMessage());
        }
    }
}
