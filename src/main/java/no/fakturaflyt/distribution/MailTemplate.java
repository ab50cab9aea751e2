package no.fakturaflyt.distribution;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/** The subject and body of the e-mail for one kind of document in one language, with {mergeField} placeholders. */
@Entity
@Table(name = "document_mail_template")
@IdClass(MailTemplate.Key.class)
public class MailTemplate {

    @Id
    @Enumerated(EnumType.STRING)
    private MailKind documentKind;
    @Id
    private String language;
    private String subject;
    private String body;
    @Version
    private long version;
    private Instant updatedAt;

    protected MailTemplate() {
    }

    void change(String subject, String body, Instant at) {
        this.subject = subject;
        this.body = body;
        this.updatedAt = at;
    }

    public MailKind getDocumentKind() { return documentKind; }
    public String getLanguage() { return language; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public Instant getUpdatedAt() { return updatedAt; }

    /** The template's identity: document kind and language. */
    public record Key(MailKind documentKind, String language) implements Serializable {

        public Key() {
            this(null, null);
        }
    }
}
