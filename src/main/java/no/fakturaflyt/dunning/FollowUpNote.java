package no.fakturaflyt.dunning;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A clerk's note on a case in follow-up (a phone call, a promise to pay), kept for the auditor. */
@Entity
@Table(name = "follow_up_note")
public class FollowUpNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long caseId;
    private Instant writtenAt;
    private String writtenBy;
    private String text;

    protected FollowUpNote() {
    }

    FollowUpNote(long caseId, Instant writtenAt, String writtenBy, String text) {
        this.caseId = caseId;
        this.writtenAt = writtenAt;
        this.writtenBy = writtenBy;
        this.text = text;
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public Instant getWrittenAt() { return writtenAt; }
    public String getWrittenBy() { return writtenBy; }
    public String getText() { return text; }
}
