package no.fakturaflyt.imports;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One row of a previewed file: what it would do, to which record, or why it is refused; and the form to write. */
@Entity
@Table(name = "import_row")
class ImportRow {

    enum Action { CREATE, UPDATE, REFUSE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long batchId;
    private int lineNo;
    @Enumerated(EnumType.STRING)
    private Action action;
    private Long targetId;
    private String recordKey;
    private String reasons;
    private String formJson;
    private String reasonCodes;

    protected ImportRow() {
    }

    ImportRow(long batchId, int lineNo, Action action, Long targetId, String recordKey, String reasons,
            String reasonCodes, String formJson) {
        this.batchId = batchId;
        this.lineNo = lineNo;
        this.action = action;
        this.targetId = targetId;
        this.recordKey = recordKey == null || recordKey.length() <= 200 ? recordKey : recordKey.substring(0, 200);
        this.reasons = reasons == null || reasons.length() <= 4000 ? reasons : reasons.substring(0, 3997) + "...";
        this.formJson = formJson;
        this.reasonCodes = reasonCodes == null || reasonCodes.length() <= 8000 ? reasonCodes : null;
    }

    Long getId() { return id; }
    long getBatchId() { return batchId; }
    int getLineNo() { return lineNo; }
    Action getAction() { return action; }
    Long getTargetId() { return targetId; }
    String getRecordKey() { return recordKey; }
    String getReasons() { return reasons; }
    String getFormJson() { return formJson; }
    String getReasonCodes() { return reasonCodes; }
}
