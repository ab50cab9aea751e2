package no.fakturaflyt.customer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import no.fakturaflyt.common.ConflictException;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.common.NotFoundException;
import no.fakturaflyt.customer.register.BusinessRegister;
import no.fakturaflyt.customer.register.RegisterEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A business customer's details against Enhetsregisteret: the difference (nothing written), then, when the clerk
 * takes it, the register's name and business address saved through the customer's own update (same validation) and
 * the register's status recorded (bankrupt or deleted: flagged on the customer and its new drafts).
 */
@Service
public class RegisterRefresh {

    /** The customer fields the register can fill. */
    public static final List<String> FIELDS = List.of("name", "addressLine1", "addressLine2", "postalCode", "city",
            "countryCode");

    private final CustomerService customers;
    private final BusinessRegister register;

    RegisterRefresh(CustomerService customers, BusinessRegister register) {
        this.customers = customers;
        this.register = register;
    }

    /** The customer's details beside the register's: each field that differs, and the register's entry. */
    public Comparison compare(long customerId) {
        Customer customer = customers.get(customerId);
        RegisterEntry entry = entryOf(customer);
        CustomerForm proposed = proposed(customer, entry, FIELDS);
        List<Difference> differences = new ArrayList<>();
        for (String field : FIELDS) {
            String now = value(current(customer), field);
            String then = value(proposed, field);
            if (!Objects.equals(now, then)) {
                differences.add(new Difference(field, now, then));
            }
        }
        return new Comparison(customer.getId(), customer.getVersion(), entry, differences);
    }

    /**
     * Takes the register's values for {@code fields} (null: every field that differs) and records its status, if
     * the customer is still at {@code version} (null: no check). Nothing is saved when the register cannot be asked.
     */
    @Transactional
    public Customer apply(long customerId, Long version, Collection<String> fields) {
        Customer customer = customers.get(customerId);
        if (version != null && version != customer.getVersion()) {
            throw new ConflictException("Customer " + customer.getCustomerNumber() + " was changed since the "
                    + "difference was shown (version " + version + ", now " + customer.getVersion() + "); compare again",
                    "customers.register.changedMeanwhile", String.valueOf(customer.getCustomerNumber()));
        }
        List<String> taken = fields == null ? FIELDS : List.copyOf(fields);
        taken.stream().filter(field -> !FIELDS.contains(field)).findFirst().ifPresent(field -> {
            throw new InvalidInputException("fields", "'" + field + "' cannot be taken from the register; only "
                    + FIELDS, "customers.register.notAField", field);
        });
        RegisterEntry entry = entryOf(customer);
        if (entry.name() != null && !taken.isEmpty()) {
            customers.update(customerId, proposed(customer, entry, taken));
        }
        return customers.recordRegisterStatus(customerId, entry.status());
    }

    private RegisterEntry entryOf(Customer customer) {
        if (customer.getCustomerType() != CustomerType.BUSINESS || customer.getOrgNumber() == null) {
            throw new InvalidInputException("orgNumber", "Customer " + customer.getCustomerNumber()
                    + " is not a business with an organisation number, so the register has nothing to say",
                    "customers.register.notABusiness", String.valueOf(customer.getCustomerNumber()));
        }
        return register.lookup(customer.getOrgNumber()).orElseThrow(() -> new NotFoundException(
                "Organisation number", customer.getOrgNumber() + " in Enhetsregisteret"));
    }

    private static CustomerForm current(Customer c) {
        return new CustomerForm(c.getCustomerType(), c.getName(), c.getOrgNumber(), c.getAddressLine1(),
                c.getAddressLine2(), c.getPostalCode(), c.getCity(), c.getCountryCode(), c.getInvoiceEmail(),
                c.getMobile(), c.getLanguage(), c.getPaymentTermsDays(), c.getDistributionOrder(),
                c.hasAvtaleGiroMandate());
    }

    /** The customer as it would be with the register's values for {@code fields} (a removed entity changes none). */
    private static CustomerForm proposed(Customer c, RegisterEntry e, Collection<String> fields) {
        if (e.name() == null) {
            return current(c);
        }
        List<String> lines = e.addressLines();
        String line1 = lines.isEmpty() ? c.getAddressLine1() : lines.get(0);
        String line2 = lines.size() > 1 ? String.join(", ", lines.subList(1, lines.size())) : null;
        return new CustomerForm(c.getCustomerType(),
                pick(fields, "name", c.getName(), e.name()), c.getOrgNumber(),
                pick(fields, "addressLine1", c.getAddressLine1(), line1),
                pick(fields, "addressLine2", c.getAddressLine2(), lines.isEmpty() ? c.getAddressLine2() : line2),
                pick(fields, "postalCode", c.getPostalCode(), orElse(e.postalCode(), c.getPostalCode())),
                pick(fields, "city", c.getCity(), orElse(e.city(), c.getCity())),
                pick(fields, "countryCode", c.getCountryCode(), orElse(e.countryCode(), c.getCountryCode())),
                c.getInvoiceEmail(), c.getMobile(), c.getLanguage(), c.getPaymentTermsDays(),
                c.getDistributionOrder(), c.hasAvtaleGiroMandate());
    }

    private static String pick(Collection<String> fields, String field, String current, String register) {
        return fields.contains(field) ? register : current;
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String value(CustomerForm form, String field) {
        return switch (field) {
            case "name" -> form.name();
            case "addressLine1" -> form.addressLine1();
            case "addressLine2" -> form.addressLine2();
            case "postalCode" -> form.postalCode();
            case "city" -> form.city();
            case "countryCode" -> form.countryCode();
            default -> throw new IllegalArgumentException(field);
        };
    }

    public record Difference(String field, String current, String register) {
    }

    public record Comparison(long customerId, long version, RegisterEntry register, List<Difference> differences) {
    }
}
