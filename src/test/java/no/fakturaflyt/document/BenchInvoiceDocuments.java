package no.fakturaflyt.document;

import no.fakturaflyt.invoicing.Invoice;
import org.springframework.context.ApplicationContext;

/**
 * Lets the benchmarks (package {@code no.fakturaflyt.bench}) build the same {@link InvoiceDocument} the lifecycle
 * renders, without making the factory public in the application: the FOP floor must render exactly what B1 rendered.
 */
public final class BenchInvoiceDocuments {

    private BenchInvoiceDocuments() {
    }

    public static InvoiceDocument build(ApplicationContext context, Invoice invoice) {
        return context.getBean(InvoiceDocumentFactory.class).build(invoice);
    }
}
