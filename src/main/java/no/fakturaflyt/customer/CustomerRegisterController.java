package no.fakturaflyt.customer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import no.fakturaflyt.common.NotFoundException;
import no.fakturaflyt.customer.register.BusinessRegister;
import no.fakturaflyt.customer.register.BusinessRegisterUnavailableException;
import no.fakturaflyt.customer.register.RegisterEntry;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Enhetsregisteret: look an organisation number up; compare a customer with the register and take its details. */
@RestController
@Tag(name = "Customers")
class CustomerRegisterController {

    private static final URI UNAVAILABLE = URI.create("https://fakturaflyt.no/problems/register-unavailable");

    private final BusinessRegister register;
    private final RegisterRefresh refresh;

    CustomerRegisterController(BusinessRegister register, RegisterRefresh refresh) {
        this.register = register;
        this.refresh = refresh;
    }

    @GetMapping("/api/business-register/{orgNumber}")
    @Operation(summary = "Enhetsregisteret's entry for an organisation number: name, business address, "
            + "organisation form, VAT-registered, in the Register of Business Enterprises, bankrupt, deleted")
    RegisterEntry lookup(@PathVariable String orgNumber) {
        return register.lookup(orgNumber).orElseThrow(() -> new NotFoundException(
                "Organisation number", orgNumber + " in Enhetsregisteret"));
    }

    @GetMapping("/api/customers/{id}/register-comparison")
    @Operation(summary = "The customer's name and address beside Enhetsregisteret's, field by field (nothing saved)")
    RegisterRefresh.Comparison compare(@PathVariable long id) {
        return refresh.compare(id);
    }

    @PostMapping("/api/customers/{id}/register-refresh")
    @Operation(summary = "Take Enhetsregisteret's values (all differing fields, or those named) and record its "
            + "status (bankrupt or deleted: flagged on the customer and its new drafts); version from the comparison")
    CustomerController.CustomerView apply(@PathVariable long id,
            @RequestBody(required = false) RefreshRequest request) {
        return CustomerController.CustomerView.of(refresh.apply(id, request == null ? null : request.version(),
                request == null ? null : request.fields()));
    }

    @ExceptionHandler(BusinessRegisterUnavailableException.class)
    ProblemDetail unavailable(BusinessRegisterUnavailableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                e.getMessage() + "; nothing was changed, try again later");
        problem.setType(UNAVAILABLE);
        problem.setTitle("Enhetsregisteret unavailable");
        return problem;
    }

    /**
     * @param version the customer's version the comparison showed (a customer changed since is refused with 409)
     * @param fields  the fields to take from the register; absent = every field
     */
    record RefreshRequest(Long version, @Size(max = 6) List<String> fields) {
    }
}
