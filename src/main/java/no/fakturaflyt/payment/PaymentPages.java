package no.fakturaflyt.payment;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.security.Principal;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.common.web.FormErrors;
import no.fakturaflyt.common.web.Panel;
import no.fakturaflyt.common.web.ScreenController;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.ledger.OpenItem;
import org.springframework.context.annotation.Bean;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The invoice page's payments: what was paid, what is open, and (for clerks) "register a payment" through the API's
 * {@link PaymentService} with the same idempotency (the same payment the same day is booked once).
 */
@ScreenController
class PaymentPages {

    private final PaymentService payments;
    private final LedgerService ledger;
    private final OsloClock clock;
    private final Validator validator;

    PaymentPages(PaymentService payments, LedgerService ledger, OsloClock clock, Validator validator) {
        this.payments = payments;
        this.ledger = ledger;
        this.clock = clock;
        this.validator = validator;
    }

    @Bean
    static Panel paymentsInvoicePanel() {
        return Panel.forEveryone(Panel.INVOICE, 20, "/invoices/{id}/panel/payments");
    }

    @GetMapping("/invoices/{id}/panel/payments")
    String panel(@PathVariable long id, Model model) {
        return panel(id, new PaymentForm(null, clock.today(), null), FormErrors.none(), false, model);
    }

    /** htmx from the panel's form: the panel again, with the payment booked or the errors beside the fields. */
    @PostMapping("/invoices/{id}/payments")
    String register(@PathVariable long id, @Valid @ModelAttribute("form") PaymentForm form, BindingResult binding,
            Principal user, Model model) {
        FormErrors errors = FormErrors.of(binding, validator, PaymentForm.class);
        boolean booked = errors.attempt(() -> payments.registerTracked(id, form, PaymentSource.MANUAL.name(),
                DerivedIdempotencyKey.of(id, form, clock.today()), user.getName())).isPresent();
        return panel(id, booked ? new PaymentForm(null, clock.today(), null) : form, errors, booked, model);
    }

    private String panel(long id, PaymentForm form, FormErrors errors, boolean booked, Model model) {
        model.addAttribute("invoiceId", id);
        model.addAttribute("payments", payments.paymentsOf(id));
        model.addAttribute("open", ledger.itemsConcerning(id).stream().map(OpenItem::getOpenAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("booked", booked);
        return "payment/payments-panel";
    }
}
