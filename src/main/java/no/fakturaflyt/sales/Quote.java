package no.fakturaflyt.sales;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.fakturaflyt.common.ConflictException;

/**
 * A quote (tilbud): a draft the clerk edits freely until it is sent; sending numbers it and fixes its content. The
 * customer's answer (or the end of its validity) ends it.
 */
@Entity
@Table(name = "quote")
public class Quote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long customerId;
    @Enumerated(EnumType.STRING)
    private QuoteStatus status;
    private Long quoteNumber;
    private LocalDate quoteDate;
    private LocalDate validUntil;
    private String terms;
    private String note;
    private String language;
    private String declineReason;
    private String processInstanceId;
    private Instant createdAt;
    private String createdBy;
    private Instant sentAt;
    private Instant answeredAt;
    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "quote_id", nullable = false)
    @OrderBy("lineNo")
    private List<QuoteLine> lines = new ArrayList<>();

    protected Quote() {
    }

    Quote(long customerId, String language, Instant createdAt, String createdBy) {
        this.customerId = customerId;
        this.language = language;
        this.status = QuoteStatus.DRAFT;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void edit(long customerId, String language, LocalDate validUntil, String terms, String note,
            List<LineValues> newLines) {
        requireStatus(QuoteStatus.DRAFT, "edit");
        this.customerId = customerId;
        this.language = language;
        this.validUntil = validUntil;
        this.terms = terms;
        this.note = note;
        this.lines.clear();
        newLines.forEach(values -> lines.add(new QuoteLine(values)));
    }

    void markSent(long number, LocalDate date, Instant at) {
        requireStatus(QuoteStatus.DRAFT, "send");
        this.quoteNumber = number;
        this.quoteDate = date;
        this.sentAt = at;
        this.status = QuoteStatus.SENT;
    }

    void answer(QuoteStatus answer, String reason, Instant at) {
        requireStatus(QuoteStatus.SENT, answer == QuoteStatus.ACCEPTED ? "accept" : answer == QuoteStatus.DECLINED
                ? "decline" : "expire");
        this.status = answer;
        this.declineReason = reason;
        this.answeredAt = at;
    }

    void requireStatus(QuoteStatus required, String action) {
        if (status != required) {
            throw new ConflictException("Cannot " + action + " " + describe() + ": it is " + status.name()
                    .toLowerCase() + ", not " + required.name().toLowerCase(), "sales.quote.wrongStatus",
                    SalesTexts.status(status), SalesTexts.status(required));
        }
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** "quote 1001", or "draft quote 7" before it is numbered. */
    public String describe() {
        return quoteNumber != null ? "quote " + quoteNumber : "draft quote " + id;
    }

    /** Sent at some point: what the hit rate counts. */
    public boolean isSent() {
        return status != QuoteStatus.DRAFT;
    }

    public Long getId() { return id; }
    public long getCustomerId() { return customerId; }
    public QuoteStatus getStatus() { return status; }
    public Long getQuoteNumber() { return quoteNumber; }
    public LocalDate getQuoteDate() { return quoteDate; }
    public LocalDate getValidUntil() { return validUntil; }
    public String getTerms() { return terms; }
    public String getNote() { return note; }
    public String getLanguage() { return language; }
    public String getDeclineReason() { return declineReason; }
    public String getProcessInstanceId() { return processInstanceId; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getSentAt() { return sentAt; }
    public Instant getAnsweredAt() { return answeredAt; }
    public long getVersion() { return version; }
    public List<QuoteLine> getLines() { return List.copyOf(lines); }
}
