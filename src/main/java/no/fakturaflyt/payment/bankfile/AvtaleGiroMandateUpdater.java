package no.fakturaflyt.payment.bankfile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.fakturaflyt.company.CompanySettings;
import no.fakturaflyt.company.CompanySettingsService;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.payment.bankfile.AvtaleGiroAgreements.Agreement;
import no.fakturaflyt.payment.bankfile.AvtaleGiroMandateReport.Entry;
import no.fakturaflyt.payment.bankfile.AvtaleGiroMandateReport.Outcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings the customers' AvtaleGiro mandates in line with an agreements file from Nets: the payer's bank is where a
 * mandate is signed and deleted, so its word decides {@code Customer.avtaleGiroMandate}, which in turn decides
 * whether the distribution run sends the customer's invoices as AvtaleGiro claims.
 *
 * <p>Rules: the KID names the customer (see {@link MandateKid}); a new/changed or listed mandate sets the flag and
 * stores its notify flag (J: the payer's bank notifies each charge, claims of type 21; N: we notify, type 02), a
 * deleted one clears both; records apply in file order, so of two records for one customer the later decides. A file
 * that lists all active mandates (registration type 0 throughout) also clears the mandate of every customer it does
 * not name. The file is read and checked whole before anything changes, and everything changes in one transaction;
 * the same file applied again changes nothing and reports every record unchanged.
 */
@Service
class AvtaleGiroMandateUpdater {

    private final AvtaleGiroAgreementsReader reader;
    private final CustomerService customers;
    private final CompanySettingsService company;

    AvtaleGiroMandateUpdater(AvtaleGiroAgreementsReader reader, CustomerService customers,
            CompanySettingsService company) {
        this.reader = reader;
        this.customers = customers;
        this.company = company;
    }

    /** Reads the file (a {@link BankFileException} leaves everything as it was) and applies it. */
    @Transactional
    AvtaleGiroMandateReport apply(byte[] file) {
        AvtaleGiroAgreements agreements = reader.read(file);
        CompanySettings settings = company.current();
        List<Entry> entries = new ArrayList<>();
        Set<Long> named = new HashSet<>();
        for (Agreement agreement : agreements.agreements()) {
            entries.add(apply(agreement, settings, named));
        }
        List<Long> clearedNotListed = new ArrayList<>();
        if (agreements.isFullList()) {
            for (Customer customer : customers.withAvtaleGiroMandate()) {
                if (!named.contains(customer.getId())) {
                    customers.changeAvtaleGiroMandate(customer.getId(), false, false);
                    clearedNotListed.add(customer.getCustomerNumber());
                }
            }
        }
        return AvtaleGiroMandateReport.of(agreements.fileReference(), agreements.isFullList(), entries,
                clearedNotListed);
    }

    private Entry apply(Agreement agreement, CompanySettings settings, Set<Long> named) {
        boolean mandate = agreement.registration().active();
        MandateKid.Resolution resolution = MandateKid.resolve(agreement.kid(), settings);
        if (resolution.customerNumber() == null) {
            return unknown(agreement, resolution.problem());
        }
        Optional<Customer> customer = customers.findByCustomerNumber(resolution.customerNumber());
        if (customer.isEmpty()) {
            return unknown(agreement, "no customer has customer number " + resolution.customerNumber());
        }
        long id = customer.get().getId();
        named.add(id);
        boolean changed = customers.changeAvtaleGiroMandate(id, mandate, agreement.notifyPayer());
        return new Entry(agreement.location(), agreement.kid(), agreement.registration(), agreement.notifyPayer(),
                mandate, changed ? Outcome.APPLIED : Outcome.UNCHANGED, resolution.customerNumber(), null);
    }

    private static Entry unknown(Agreement agreement, String detail) {
        return new Entry(agreement.location(), agreement.kid(), agreement.registration(), agreement.notifyPayer(),
                null, Outcome.UNKNOWN_KID, null, detail);
    }
}
