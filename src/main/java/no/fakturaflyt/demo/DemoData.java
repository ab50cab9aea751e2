package no.fakturaflyt.demo;

import java.math.BigDecimal;
import no.fakturaflyt.common.KidAlgorithm;
import no.fakturaflyt.company.CompanySettingsForm;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.company.CompanySettingsService;
import no.fakturaflyt.ledger.FiscalCalendar;
import no.fakturaflyt.customer.CustomerForm;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.customer.CustomerType;
import no.fakturaflyt.product.ProductForm;
import no.fakturaflyt.product.ProductService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The default run's demo company, customers and products; seeded once, into an empty database. */
@Component
@ConditionalOnProperty(name = "fakturaflyt.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final CompanySettingsService company;
    private final CustomerService customers;
    private final ProductService products;
    private final FiscalCalendar fiscalYears;
    private final OsloClock clock;

    DemoData(CompanySettingsService company, CustomerService customers, ProductService products,
            FiscalCalendar fiscalYears, OsloClock clock) {
        this.company = company;
        this.customers = customers;
        this.products = products;
        this.fiscalYears = fiscalYears;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (company.find().isPresent()) {
            return;
        }
        company.update(new CompanySettingsForm("Fjordlys Regnskap AS", "123456785", true, true,
                "Strandgata 12", "5013", "Bergen", "NO", "+47 55 00 00 00", "12345678903", "NO7112345678903",
                "DNBANOKK", "faktura@fjordlys.example", 10001, false, null, 14, KidAlgorithm.MOD10, 5, 7, false,
                BigDecimal.ZERO, null, "skriver@fjordlys.example", false, null));
        customers.create(new CustomerForm(CustomerType.BUSINESS, "Nordlys Bygg AS", "987654325", "Industriveien 4",
                null, "7080", "Heimdal", "NO", "post@nordlysbygg.example", null, "nb", 30, null, false));
        customers.create(new CustomerForm(CustomerType.PERSON, "Kari Nordmann", null, "Storgata 1", "Leilighet H0201",
                "0155", "Oslo", "NO", "kari@example.com", "+47 912 34 567", "nb", null, null, false));
        customers.create(new CustomerForm(CustomerType.BUSINESS, "Harbour Trading Ltd (no e-mail)", "974760673",
                "Bryggen 3", null, "5003", "Bergen", "NO", null, null, "en", null, null, false));
        customers.create(new CustomerForm(CustomerType.PERSON, "Per Vippsen", null, "Fjellveien 7", null, "9008",
                "Tromsø", "NO", null, "+47 912 34 567", "nb", null, null, false));
        customers.create(new CustomerForm(CustomerType.PERSON, "Anne Avtale", null, "Elvegata 21", null, "2317",
                "Hamar", "NO", "anne@example.com", null, "nb", 30, null, true));
        customers.create(new CustomerForm(CustomerType.BUSINESS, "Bergen Bakeri AS", "923609016", "Torget 2", null,
                "5014", "Bergen", "NO", "regnskap@bergenbakeri.example", null, "nb", null, null, false));
        products.create(new ProductForm("CONSULT", "Rådgivning", "time", new BigDecimal("1250.00"), "3", null, true));
        products.create(new ProductForm("BOOK", "Regnskapshåndbok", "stk", new BigDecimal("449.00"), "5", null, true));
        products.create(new ProductForm("LUNCH", "Arbeidslunsj", "stk", new BigDecimal("189.00"), "31", null, true));
        products.create(new ProductForm("TRAVEL", "Reise (persontransport)", "stk", new BigDecimal("780.00"), "33",
                null, true));
        fiscalYears.openYear(clock.today().getYear(), "demo");
        LOG.info("Demo data created: company Fjordlys Regnskap AS, 6 customers, 4 products, fiscal year {} open",
                clock.today().getYear());
    }
}
