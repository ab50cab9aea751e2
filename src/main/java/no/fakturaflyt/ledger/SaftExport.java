package no.fakturaflyt.ledger;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.stream.XMLStreamException;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.company.CompanySettings;
import no.fakturaflyt.company.CompanySettingsService;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SAF-T Financial file (Norwegian, version 1.30) of the days {@code from} to {@code to}: header, the chart with
 * each account's business-statement grouping and balances, the customers with their receivable balances, the VAT
 * codes and every voucher of those days with its lines. docs/how-it-works.md, "SAF-T Financial export".
 */
@Service
public class SaftExport {

    static final String VERSION = "1.30";
    private static final String MVA = "MVA";
    private static final String NORWAY = "NO";
    private static final String JOURNAL = "GL";

    private final LedgerService ledger;
    private final ChartOfAccounts chart;
    private final SaftBalances balances;
    private final CompanySettingsService company;
    private final CustomerService customers;
    private final OsloClock clock;

    SaftExport(LedgerService ledger, ChartOfAccounts chart, SaftBalances balances, CompanySettingsService company,
            CustomerService customers, OsloClock clock) {
        this.ledger = ledger;
        this.chart = chart;
        this.balances = balances;
        this.company = company;
        this.customers = customers;
        this.clock = clock;
    }

    /** The file's name as Skatteetaten asks for it: SAF-T Financial_&lt;org. number&gt;_&lt;timestamp&gt;.xml. */
    public String fileName() {
        return "SAF-T Financial_" + company.current().getOrgNumber() + "_"
                + clock.now().atZone(OsloClock.OSLO).format(java.time.format.DateTimeFormatter
                        .ofPattern("yyyyMMddHHmmss")) + ".xml";
    }

    @Transactional(readOnly = true)
    public void write(LocalDate from, LocalDate to, String user, OutputStream out) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException(from == null ? "from" : "to", "A SAF-T file covers the days from "
                    + "'from' to 'to' (yyyy-MM-dd), 'to' not before 'from'");
        }
        if (from.getYear() != to.getYear()) {
            throw new InvalidInputException("to", "A SAF-T file covers periods of one fiscal year; " + from
                    + " and " + to + " lie in different years");
        }
        List<Voucher> vouchers = ledger.vouchersBetween(from, to);
        try (SaftXml xml = new SaftXml(out)) {
            xml.root("AuditFile");
            header(xml, from, to, user);
            xml.open("MasterFiles");
            accounts(xml, from, vouchers);
            customers(xml, from, to);
            taxTable(xml);
            xml.end();
            entries(xml, vouchers);
            xml.end();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the SAF-T file", e);
        }
    }

    private void header(SaftXml xml, LocalDate from, LocalDate to, String user) throws XMLStreamException {
        CompanySettings settings = company.current();
        xml.open("Header").text("AuditFileVersion", VERSION).text("AuditFileCountry", NORWAY)
                .text("AuditFileDateCreated", clock.today()).text("SoftwareCompanyName", "Fakturaflyt")
                .text("SoftwareID", "Fakturaflyt").text("SoftwareVersion", "0.1");
        xml.open("Company").text("RegistrationNumber", settings.getOrgNumber()).text("Name", settings.getName());
        address(xml, settings.getAddressLine(), settings.getPostalCode(), settings.getCity(),
                settings.getCountryCode());
        // the settings name no contact person: the person exporting the file stands as the contact
        xml.open("Contact").open("ContactPerson").text("FirstName", user).text("LastName", settings.getName()).end()
                .text("Telephone", settings.getPhone()).end();
        if (settings.isVatRegistered()) {
            xml.open("TaxRegistration").text("TaxRegistrationNumber", settings.getOrgNumber() + "MVA")
                    .text("TaxAuthority", "Skatteetaten").end();
        }
        xml.end();
        xml.text("DefaultCurrencyCode", "NOK");
        xml.open("SelectionCriteria").text("SelectionStartDate", from).text("SelectionEndDate", to).end();
        xml.text("TaxAccountingBasis", "A").text("UserID", user);
        xml.end();
    }

    private static void address(SaftXml xml, String street, String postalCode, String city, String country)
            throws XMLStreamException {
        xml.open("Address").text("StreetName", street).text("City", city).text("PostalCode", postalCode)
                .text("Country", country == null ? NORWAY : country).end();
    }

    private void accounts(SaftXml xml, LocalDate from, List<Voucher> vouchers) throws XMLStreamException {
        Map<Integer, BigDecimal> opening = balances.openingByAccount(from);
        Map<Integer, BigDecimal> closing = new java.util.HashMap<>(opening);
        Set<Integer> numbers = new TreeSet<>();
        chart.accounts().forEach(a -> numbers.add(a.getNumber()));
        for (Voucher voucher : vouchers) {
            for (VoucherLine line : voucher.getLines()) {
                numbers.add(line.getAccountNumber());
                closing.merge(line.getAccountNumber(), line.getDebit().subtract(line.getCredit()), BigDecimal::add);
            }
        }
        numbers.addAll(opening.keySet());
        xml.open("GeneralLedgerAccounts");
        for (int number : numbers) {
            Account account = chart.account(number);
            StandardAccount standard = chart.standardAccountFor(account);
            xml.open("Account").text("AccountID", number).text("AccountDescription", account.getName())
                    .text("GroupingCategory", standard.getGroupingCategory())
                    .text("GroupingCode", standard.getGroupingCode()).text("AccountType", JOURNAL)
                    .balance("OpeningDebitBalance", "OpeningCreditBalance",
                            opening.getOrDefault(number, BigDecimal.ZERO))
                    .balance("ClosingDebitBalance", "ClosingCreditBalance",
                            closing.getOrDefault(number, BigDecimal.ZERO))
                    .end();
        }
        xml.end();
    }

    private void customers(SaftXml xml, LocalDate from, LocalDate to) throws XMLStreamException {
        List<Customer> all = customers.list();
        if (all.isEmpty()) {
            return;
        }
        int receivables = chart.postingAccount(LedgerService.RECEIVABLES_ACCOUNT);
        Map<Long, BigDecimal> opening = balances.byCustomer(receivables, from);
        Map<Long, BigDecimal> closing = balances.byCustomer(receivables, to.plusDays(1));
        xml.open("Customers");
        for (Customer customer : all) {
            xml.open("Customer").text("RegistrationNumber", customer.getOrgNumber()).text("Name", customer.getName());
            address(xml, customer.getAddressLine1(), customer.getPostalCode(), customer.getCity(),
                    customer.getCountryCode());
            xml.text("CustomerID", customer.getId());
            xml.open("BalanceAccount").text("AccountID", receivables)
                    .balance("OpeningDebitBalance", "OpeningCreditBalance",
                            opening.getOrDefault(customer.getId(), BigDecimal.ZERO))
                    .balance("ClosingDebitBalance", "ClosingCreditBalance",
                            closing.getOrDefault(customer.getId(), BigDecimal.ZERO))
                    .end();
            xml.end();
        }
        xml.end();
    }

    private void taxTable(SaftXml xml) throws XMLStreamException {
        xml.open("TaxTable").open("TaxTableEntry").text("TaxType", MVA).text("Description", "Merverdiavgift");
        for (VatCode code : ledger.vatCodes().stream().sorted(java.util.Comparator.comparing(VatCode::getCode))
                .toList()) {
            xml.open("TaxCodeDetails").text("TaxCode", code.getCode()).text("Description", code.getDescription())
                    .text("TaxPercentage", code.getRate().toPlainString()).text("Country", NORWAY)
                    .text("StandardTaxCode", code.getCode()).text("BaseRate", "100").end();
        }
        xml.end().end();
    }

    private void entries(SaftXml xml, List<Voucher> vouchers) throws XMLStreamException {
        BigDecimal debit = BigDecimal.ZERO;
        BigDecimal credit = BigDecimal.ZERO;
        for (Voucher voucher : vouchers) {
            debit = debit.add(voucher.totalDebit());
            credit = credit.add(voucher.totalCredit());
        }
        xml.open("GeneralLedgerEntries").text("NumberOfEntries", vouchers.size()).amount("TotalDebit", debit)
                .amount("TotalCredit", credit);
        if (!vouchers.isEmpty()) {
            xml.open("Journal").text("JournalID", JOURNAL).text("Description", "Hovedbok").text("Type", JOURNAL);
            for (Voucher voucher : vouchers) {
                transaction(xml, voucher);
            }
            xml.end();
        }
        xml.end();
    }

    private void transaction(SaftXml xml, Voucher voucher) throws XMLStreamException {
        Long customer = voucher.getLines().stream().map(VoucherLine::getCustomerId)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        LocalDate entered = voucher.getCreatedAt().atZone(OsloClock.OSLO).toLocalDate();
        xml.open("Transaction").text("TransactionID", voucher.getVoucherNumber())
                .text("Period", voucher.getFiscalPeriod()).text("PeriodYear", voucher.getFiscalYear())
                .text("TransactionDate", voucher.getDocumentDate()).text("SourceID", voucher.getCreatedBy())
                .text("VoucherType", voucher.getSourceType()).text("Description", voucher.getDescription())
                .text("SystemEntryDate", entered).text("GLPostingDate", voucher.getVoucherDate())
                .text("CustomerID", customer);
        for (VoucherLine line : voucher.getLines()) {
            boolean debit = line.getDebit().signum() > 0;
            BigDecimal amount = debit ? line.getDebit() : line.getCredit();
            xml.open("Line").text("RecordID", line.getLineNo()).text("AccountID", line.getAccountNumber())
                    .text("SourceDocumentID", voucher.getSourceType() + " " + voucher.getSourceId())
                    .text("CustomerID", line.getCustomerId())
                    .text("Description", line.getDescription() != null ? line.getDescription()
                            : voucher.getDescription());
            xml.open(debit ? "DebitAmount" : "CreditAmount").amount("Amount", amount).end();
            if (line.getVatCode() != null) {
                VatCode code = ledger.vatCode(line.getVatCode());
                xml.open("TaxInformation").text("TaxType", MVA).text("TaxCode", code.getCode())
                        .text("TaxPercentage", code.getRate().toPlainString()).text("Country", NORWAY);
                xml.open(debit ? "DebitTaxAmount" : "CreditTaxAmount").amount("Amount", amount).end();
                xml.end();
            }
            xml.end();
        }
        xml.end();
    }
}
