package no.fakturaflyt.customer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import no.fakturaflyt.common.ChannelType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/customers")
@Tag(name = "Customers")
class CustomerController {

    private final CustomerService service;

    CustomerController(CustomerService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "All customers, by customer number")
    List<CustomerView> list() {
        return service.list().stream().map(CustomerView::of).toList();
    }

    @GetMapping("/{id}")
    CustomerView get(@PathVariable long id) {
        return CustomerView.of(service.get(id));
    }

    @PostMapping
    @Operation(summary = "Register a business (with a checked org. number) or a private person")
    ResponseEntity<CustomerView> create(@Valid @RequestBody CustomerForm form) {
        Customer customer = service.create(form);
        return ResponseEntity.created(URI.create("/api/customers/" + customer.getId())).body(CustomerView.of(customer));
    }

    @PutMapping("/{id}")
    CustomerView update(@PathVariable long id, @Valid @RequestBody CustomerForm form) {
        return CustomerView.of(service.update(id, form));
    }

    @PutMapping("/{id}/invoice-template")
    @Operation(summary = "The customer's own invoice template, overriding the company's default (null: the default)")
    CustomerView chooseInvoiceTemplate(@PathVariable long id, @RequestBody TemplateChoice choice) {
        return CustomerView.of(service.chooseInvoiceTemplate(id, choice == null ? null : choice.template()));
    }

    record TemplateChoice(@Size(max = 20) String template) {
    }

    record CustomerView(long id, long customerNumber, CustomerType type, String name, String orgNumber,
            String addressLine1, String addressLine2, String postalCode, String city, String countryCode,
            String invoiceEmail, String mobile, String language, Integer paymentTermsDays,
            List<ChannelType> distributionOrder, boolean avtaleGiroMandate, boolean avtaleGiroBankNotice,
            RegisterStatus registerStatus, Instant registerCheckedAt, String registerWarning, String invoiceTemplate) {

        static CustomerView of(Customer c) {
            return new CustomerView(c.getId(), c.getCustomerNumber(), c.getCustomerType(), c.getName(),
                    c.getOrgNumber(), c.getAddressLine1(), c.getAddressLine2(), c.getPostalCode(), c.getCity(),
                    c.getCountryCode(), c.getInvoiceEmail(), c.getMobile(), c.getLanguage(), c.getPaymentTermsDays(),
                    c.getDistributionOrder(), c.hasAvtaleGiroMandate(), c.wantsAvtaleGiroBankNotice(),
                    c.getRegisterStatus(), c.getRegisterCheckedAt(), c.getRegisterWarning(), c.getInvoiceTemplate());
        }
    }
}
