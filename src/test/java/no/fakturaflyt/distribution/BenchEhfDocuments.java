package no.fakturaflyt.distribution;

import no.fakturaflyt.common.ChannelType;
import no.fakturaflyt.company.CompanySettings;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.distribution.ehf.EhfDocument;
import no.fakturaflyt.document.StoredDocument;
import no.fakturaflyt.invoicing.Invoice;
import org.springframework.context.ApplicationContext;

/**
 * Lets the benchmarks build the same {@link EhfDocument} the EHF channel sends (its PDF embedded), so the UBL floor
 * writes and validates exactly what B1 did, with the factory staying package-private in the application.
 */
public final class BenchEhfDocuments {

    private BenchEhfDocuments() {
    }

    public static EhfDocument build(ApplicationContext context, Invoice invoice, StoredDocument pdf, Customer customer,
            CompanySettings company) {
        return context.getBean(EhfDocumentFactory.class)
                .build(new DeliveryContext(invoice, pdf, customer, company, ChannelType.EHF));
    }
}
