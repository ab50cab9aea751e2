package no.fakturaflyt.customer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.fakturaflyt.common.ConflictException;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.common.InvoiceTemplate;
import no.fakturaflyt.common.NotFoundException;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.common.RecordedChange;
import no.fakturaflyt.numbering.NumberSeriesService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The customer register. */
@Service
public class CustomerService {

    static final String CUSTOMER_SERIES = "CUSTOMER";

    private static final String DEFAULT_TEMPLATE = "the company's default";

    private final CustomerRepository repository;
    private final NumberSeriesService numberSeries;
    private final OsloClock clock;
    private final ApplicationEventPublisher events;

    CustomerService(CustomerRepository repository, NumberSeriesService numberSeries, OsloClock clock,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.numberSeries = numberSeries;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public Customer create(CustomerForm form) {
        check(form, null);
        Customer customer = new Customer(numberSeries.next(CUSTOMER_SERIES), clock.now());
        customer.apply(form);
        return repository.save(customer);
    }

    @Transactional
    public Customer update(long id, CustomerForm form) {
        Customer customer = get(id);
        check(form, id);
        customer.apply(form);
        return customer;
    }

    /**
     * Every rule {@link #create} ({@code ownId} null) or {@link #update} applies beyond the form's own constraints,
     * without writing: a business has an org. number that no other customer holds. Throws
     * {@link InvalidInputException} or {@link ConflictException}.
     */
    @Transactional(readOnly = true)
    public void check(CustomerForm form, Long ownId) {
        requireUniqueOrgNumber(form, ownId);
    }

    /** Records what Enhetsregisteret said about the customer (flagged on it and on its new drafts when not active). */
    @Transactional
    public Customer recordRegisterStatus(long id, RegisterStatus status) {
        Customer customer = get(id);
        customer.recordRegisterStatus(status, clock.now());
        return customer;
    }

    @Transactional(readOnly = true)
    public Optional<Customer> findByOrgNumber(String orgNumber) {
        return repository.findByOrgNumber(orgNumber);
    }

    /**
     * Sets the customer's own invoice layout, or clears it ({@code null} or blank: the company's default);
     * 400 naming {@code template} when the template is unknown.
     */
    @Transactional
    public Customer chooseInvoiceTemplate(long id, String template) {
        Customer customer = get(id);
        String before = customer.getInvoiceTemplate();
        String after = InvoiceTemplate.checked(template, "template");
        customer.chooseInvoiceTemplate(after);
        if (!Objects.equals(before, after)) {
            events.publishEvent(RecordedChange.byCurrentUser(RecordedChange.INVOICE_TEMPLATE, "customer "
                    + customer.getCustomerNumber(), RecordedChange.UPDATE, "invoiceTemplate",
                    Objects.requireNonNullElse(before, DEFAULT_TEMPLATE),
                    Objects.requireNonNullElse(after, DEFAULT_TEMPLATE)));
        }
        return customer;
    }

    /** Corrects the invoice e-mail address, e.g. by a clerk resolving a failed delivery. */
    @Transactional
    public void changeInvoiceEmail(long id, String email) {
        if (email != null && !email.isBlank() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidInputException("invoiceEmail", "'" + email + "' is not an e-mail address",
                    "customers.notAnEmail", email);
        }
        get(id).changeInvoiceEmail(email);
    }

    /**
     * Sets or clears the customer's AvtaleGiro mandate and its notify flag as the payer's bank reports it (the
     * AvtaleGiro agreements file: J = the bank notifies each charge); answers whether that changed anything, so that
     * reading the same file twice changes nothing the second time.
     */
    @Transactional
    public boolean changeAvtaleGiroMandate(long id, boolean mandate, boolean bankNotice) {
        return get(id).changeAvtaleGiroMandate(mandate, bankNotice);
    }

    @Transactional(readOnly = true)
    public Optional<Customer> findByCustomerNumber(long customerNumber) {
        return repository.findByCustomerNumber(customerNumber);
    }

    /** The customers holding an AvtaleGiro mandate, by customer number. */
    @Transactional(readOnly = true)
    public List<Customer> withAvtaleGiroMandate() {
        return repository.findByAvtalegiroMandateTrueOrderByCustomerNumber();
    }

    /**
     * The customer, locked until the caller's transaction ends: what changes the customer's credit balance is checked
     * and written under this lock, one at a time.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public Customer lock(long id) {
        return repository.lockById(id).orElseThrow(() -> new NotFoundException("Customer", id));
    }

    @Transactional(readOnly = true)
    public Customer get(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("Customer", id));
    }

    @Transactional(readOnly = true)
    public List<Customer> list() {
        return repository.findAll(Sort.by("customerNumber"));
    }

    private void requireUniqueOrgNumber(CustomerForm form, Long ownId) {
        if (form.type() != CustomerType.BUSINESS) {
            return;
        }
        if (form.orgNumber() == null || form.orgNumber().isBlank()) {
            throw new InvalidInputException("orgNumber", "orgNumber is required for a business customer",
                    "customers.orgNumberRequired");
        }
        repository.findByOrgNumber(form.orgNumber())
                .filter(other -> !other.getId().equals(ownId))
                .ifPresent(other -> {
                    throw new ConflictException("Organisation number " + form.orgNumber()
                            + " already belongs to customer " + other.getCustomerNumber() + " (" + other.getName() + ")",
                            "customers.orgNumberTaken", form.orgNumber(), other.getCustomerNumber(), other.getName());
                });
    }
}
