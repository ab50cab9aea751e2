package no.fakturaflyt.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceLifecycle;
import no.fakturaflyt.invoicing.InvoiceService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Merges a document's own records and the engine's history into one timeline, oldest first. Reads only. */
@Service
public class AuditTrailService {

    private static final Comparator<TrailEntry> CHRONOLOGICAL = Comparator.comparing(TrailEntry::at,
            Comparator.nullsLast(Comparator.naturalOrder()));

    private final InvoiceService invoices;
    private final DomainTrail domain;
    private final EngineTrail engine;
    private final JdbcTemplate jdbc;

    AuditTrailService(InvoiceService invoices, DomainTrail domain, EngineTrail engine, JdbcTemplate jdbc) {
        this.invoices = invoices;
        this.domain = domain;
        this.engine = engine;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public AuditTrail trail(long invoiceId) {
        Invoice invoice = invoices.get(invoiceId);
        List<TrailEntry> entries = new ArrayList<>(domain.of(invoiceId));
        List<AuditTrail.TrailInstance> instances = new ArrayList<>();
        if (invoice.getInvoiceNumber() != null) {
            List<String> known = new ArrayList<>();
            known.add(invoice.getProcessInstanceId());
            known.addAll(jdbc.queryForList("select process_instance_id from follow_up_case where invoice_id = ?",
                    String.class, invoiceId));
            for (HistoricProcessInstance instance : engine.instances(InvoiceLifecycle.businessKey(invoice), known)) {
                instances.add(new AuditTrail.TrailInstance(instance.getId(), instance.getProcessDefinitionId(),
                        instance.getProcessDefinitionKey(), instance.getBusinessKey(), instance.getState()));
                entries.addAll(engine.of(instance));
            }
        }
        entries.sort(CHRONOLOGICAL);
        String kind = invoice.isInterestNote() ? "INTEREST_NOTE" : invoice.getInvoiceType().name();
        return new AuditTrail(invoiceId, kind, invoice.getInvoiceNumber(), invoice.getKid(), invoice.getBuyerName(),
                invoice.getTotal(), invoice.getInvoiceDate(), invoice.getStatus().name(), instances, entries);
    }
}
