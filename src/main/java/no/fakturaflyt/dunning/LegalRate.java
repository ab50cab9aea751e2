package no.fakturaflyt.dunning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One dated legal figure as kept in the database: see {@link LegalRates} for the tables and their meaning. */
@Entity
@Table(name = "legal_rate")
class LegalRate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "rate_table")
    private String table;
    private LocalDate validFrom;
    /** null: a gap, no figure known from validFrom. */
    @Column(name = "rate_value")
    private String value;
    private String source;
    private String addedBy;
    private Instant addedAt;

    protected LegalRate() {
    }

    LegalRate(String table, LocalDate validFrom, String value, String source, String addedBy, Instant addedAt) {
        this.table = table;
        this.validFrom = validFrom;
        this.value = value;
        this.source = source;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    /** Fills a gap with the figure now known. */
    void fill(String value, String source, String addedBy, Instant addedAt) {
        this.value = value;
        this.source = source;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    LegalRates.Row row() {
        return new LegalRates.Row("legal_rate " + id, table, validFrom.toString(), value == null ? "" : value,
                source);
    }

    Long getId() { return id; }
    String getTable() { return table; }
    LocalDate getValidFrom() { return validFrom; }
    String getValue() { return value; }
    String getSource() { return source; }
    String getAddedBy() { return addedBy; }
    Instant getAddedAt() { return addedAt; }
}
