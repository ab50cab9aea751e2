package no.fakturaflyt.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerForm;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.customer.CustomerType;

/**
 * Customer rows: a row with a customer number updates that customer (an unknown number is refused: new customers get
 * the next number of the series); otherwise a business whose org. number is known updates that customer, anything
 * else is created. Columns the file does not have keep the customer's values; the distribution order and the
 * AvtaleGiro mandate are never imported. The same org. number or customer number twice in a file refuses the later.
 */
final class CustomerRows implements RowPlanner {

    private final CustomerService customers;
    private final RowChecks checks;
    private final Map<String, Integer> orgNumbers = new HashMap<>();
    private final Map<Long, Integer> numbers = new HashMap<>();

    CustomerRows(CustomerService customers, RowChecks checks) {
        this.customers = customers;
        this.checks = checks;
    }

    @Override
    public PlannedRow plan(ImportRowValues row) {
        List<RowReason> reasons = row.reasons;
        Integer number = row.integer("customerNumber", null);
        String orgNumber = row.text("orgNumber");
        orgNumber = orgNumber == null ? null : orgNumber.replaceAll("[\\s\u00a0]", "");
        Optional<Customer> existing = Optional.empty();
        if (number != null) {
            existing = customers.findByCustomerNumber(number);
            if (existing.isEmpty()) {
                reasons.add(RowReason.of("customerNumber", "imports.row.noCustomer", "there is no customer " + number
                        + " (leave it empty for a new customer: it gets the next number)", number));
            }
        } else if (orgNumber != null) {
            existing = customers.findByOrgNumber(orgNumber);
        }
        Customer current = existing.orElse(null);
        CustomerType type = type(row, orgNumber, current);
        CustomerForm form = new CustomerForm(type,
                row.text("name", current == null ? null : current.getName()),
                row.has("orgNumber") ? orgNumber : current == null ? null : current.getOrgNumber(),
                row.text("addressLine1", current == null ? null : current.getAddressLine1()),
                row.text("addressLine2", current == null ? null : current.getAddressLine2()),
                row.text("postalCode", current == null ? null : current.getPostalCode()),
                row.text("city", current == null ? null : current.getCity()),
                upper(row.text("countryCode", current == null ? null : current.getCountryCode())),
                row.text("invoiceEmail", current == null ? null : current.getInvoiceEmail()),
                row.text("mobile", current == null ? null : current.getMobile()),
                lower(row.text("language", current == null ? null : current.getLanguage())),
                row.integer("paymentTermsDays", current == null ? null : current.getPaymentTermsDays()),
                current == null ? null : current.getDistributionOrder(),
                current != null && current.hasAvtaleGiroMandate());
        String key = number != null ? "customer " + number : orgNumber != null ? "org. " + orgNumber
                : form.name();
        duplicate(orgNumbers, orgNumber, row.line(), "orgNumber", "org. number", reasons);
        duplicate(numbers, number == null ? null : number.longValue(), row.line(), "customerNumber",
                "customer number", reasons);
        reasons.addAll(checks.constraints(form));
        if (reasons.isEmpty()) {
            Long ownId = current == null ? null : current.getId();
            checks.rule(() -> customers.check(form, ownId), reasons);
        }
        if (!reasons.isEmpty()) {
            return PlannedRow.refused(key, reasons);
        }
        return current == null ? new PlannedRow(ImportRow.Action.CREATE, null, key, List.of(), form)
                : new PlannedRow(ImportRow.Action.UPDATE, current.getId(), key, List.of(), form);
    }

    private static CustomerType type(ImportRowValues row, String orgNumber, Customer current) {
        String value = row.text("type");
        if (value == null) {
            return current != null ? current.getCustomerType()
                    : orgNumber != null ? CustomerType.BUSINESS : CustomerType.PERSON;
        }
        return switch (value.toLowerCase()) {
            case "business", "bedrift", "firma", "b" -> CustomerType.BUSINESS;
            case "person", "privat", "privatperson", "p" -> CustomerType.PERSON;
            default -> {
                row.reasons.add(RowReason.of("type", "imports.row.notCustomerType",
                        "'" + value + "' is neither BUSINESS (bedrift) nor PERSON (privat)", value));
                yield orgNumber != null ? CustomerType.BUSINESS : CustomerType.PERSON;
            }
        };
    }

    /** The later of two rows with the same key is refused, naming the column ({@code imports.row.duplicate}). */
    static <K> void duplicate(Map<K, Integer> seen, K key, int line, String column, String what,
            List<RowReason> reasons) {
        if (key == null) {
            return;
        }
        Integer first = seen.putIfAbsent(key, line);
        if (first != null) {
            reasons.add(RowReason.of(null, "imports.row.duplicate", "duplicate " + what + " " + key
                    + ": already on line " + first, column, key.toString(), first));
        }
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase();
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase();
    }
}
