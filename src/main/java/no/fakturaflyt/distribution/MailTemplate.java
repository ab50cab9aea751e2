package no.fakturaflyt.distribution;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The subject and body of the invoice e-mail in one language, with {mergeField} placeholders. */
@Entity
@Table(name = "mail_template")
public class MailTemplate {

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

    public String getLanguage() { return language; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public Instant getUpdatedAt() { return updatedAt; }
}
