package no.fakturaflyt.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The whole trail of one document: what it is and every entry, oldest first. */
public record AuditTrail(long invoiceId, String kind, Long number, String kid, String customer, BigDecimal total,
        LocalDate invoiceDate, String status, List<TrailInstance> instances, List<TrailEntry> entries) {

    /** A process instance that concerned the document, running or finished. */
    public record TrailInstance(String id, String processDefinitionId, String processDefinitionKey,
            String businessKey, String state) {
    }
}
