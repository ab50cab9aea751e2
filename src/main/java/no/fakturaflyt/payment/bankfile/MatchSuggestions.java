package no.fakturaflyt.payment.bankfile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.ledger.OpenItem;
import org.springframework.stereotype.Component;

/**
 * Where an unmatched payment might belong, for the clerk in "Match payment": open invoices of exactly that amount,
 * the open invoices of a customer whose name the payer's resembles, an invoice number written in the message, and
 * open invoices falling due around the payment date — in that order, the likeliest first.
 * Suggestions only: the clerk decides.
 */
@Component
class MatchSuggestions {

    private static final int MAX = 8;
    /** Open invoices falling due this many days either side of the payment are suggested too. */
    private static final int DAYS_AROUND = 5;

    private final LedgerService ledger;
    private final CustomerService customers;
    private final InvoiceService invoices;

    MatchSuggestions(LedgerService ledger, CustomerService customers, InvoiceService invoices) {
        this.ledger = ledger;
        this.customers = customers;
        this.invoices = invoices;
    }

    List<String> forTransaction(IncomingTransaction t) {
        Set<String> lines = new LinkedHashSet<>();
        for (OpenItem item : ledger.openInvoiceItemsOf(t.getAmount())) {
            lines.add(line(item, "same amount"));
        }
        if (t.getPayerName() != null) {
            String payer = t.getPayerName().toLowerCase(Locale.ROOT);
            for (Customer customer : customers.list()) {
                String name = customer.getName().toLowerCase(Locale.ROOT);
                if (payer.contains(name) || name.contains(payer)) {
                    ledger.openItemsOf(customer.getId()).stream()
                            .filter(item -> item.getInvoiceId() != null && item.getOpenAmount().signum() > 0)
                            .forEach(item -> lines.add(line(item, "payer " + t.getPayerName())));
                }
            }
        }
        if (t.getMessage() != null) {
            for (String word : t.getMessage().split("\\D+")) {
                if (!word.isEmpty() && word.length() <= 12) {
                    invoices.findInvoiceByNumber(Long.parseLong(word))
                            .flatMap(invoice -> ledger.findOpenItem(invoice.getId()))
                            .filter(item -> item.getOpenAmount().signum() > 0)
                            .ifPresent(item -> lines.add(line(item, "its number is in the message")));
                }
            }
        }
        for (OpenItem item : ledger.openInvoiceItemsDueBetween(t.getSettledOn().minusDays(DAYS_AROUND),
                t.getSettledOn().plusDays(DAYS_AROUND))) {
            lines.add(line(item, "due near the payment date"));
        }
        List<String> list = new ArrayList<>(lines);
        return list.size() > MAX ? list.subList(0, MAX) : list;
    }

    private static String line(OpenItem item, String why) {
        return "invoice " + item.getInvoiceNumber() + ": " + item.getOpenAmount() + " open, due " + item.getDueDate()
                + " (" + why + ")";
    }
}
