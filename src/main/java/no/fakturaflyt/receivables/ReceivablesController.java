package no.fakturaflyt.receivables;

import io.swagger.v3.oas.annotations.tags.Tag;
import no.fakturaflyt.common.OsloClock;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only: a customer's account and the aging, as of a day ({@code asOf}, today when left out). */
@RestController
@Tag(name = "Receivables")
class ReceivablesController {

    private final CustomerAccountService accounts;
    private final AgingService aging;
    private final OsloClock clock;

    ReceivablesController(CustomerAccountService accounts, AgingService aging, OsloClock clock) {
        this.accounts = accounts;
        this.aging = aging;
        this.clock = clock;
    }

    @GetMapping("/api/customers/{id}/account")
    CustomerAccount account(@PathVariable long id, @RequestParam(name = AsOf.PARAMETER, required = false) String asOf) {
        return accounts.account(id, AsOf.parse(asOf, clock));
    }

    @GetMapping("/api/receivables/aging")
    AgingReport aging(@RequestParam(name = AsOf.PARAMETER, required = false) String asOf) {
        return aging.aging(AsOf.parse(asOf, clock));
    }
}
