package no.fakturaflyt.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.fakturaflyt.common.ConflictException;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.common.RecordedChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The legal figures as an admin sees and keeps them: every row with its source, and a new figure (the next
 * half-year's late-interest rate, a new inkassosats) added with its source. A figure once set is never changed: a
 * wrong one is a matter for the law, not an edit; a gap (a row without a figure) can be filled.
 */
@Service
public class LegalRateService {

    private final LegalRateRepository rates;
    private final LegalRateBook book;
    private final ApplicationEventPublisher events;
    private final OsloClock clock;

    LegalRateService(LegalRateRepository rates, LegalRateBook book, ApplicationEventPublisher events,
            OsloClock clock) {
        this.rates = rates;
        this.book = book;
        this.events = events;
        this.clock = clock;
    }

    /** A figure as shown to an admin. */
    public record Figure(String table, LocalDate validFrom, String value, String source, String addedBy,
            java.time.Instant addedAt) {
    }

    public List<Figure> all() {
        return rates.findAllByOrderByTableAscValidFromAsc().stream()
                .map(rate -> new Figure(rate.getTable(), rate.getValidFrom(), rate.getValue(), rate.getSource(),
                        rate.getAddedBy(), rate.getAddedAt()))
                .toList();
    }

    /**
     * Adds a figure, or fills a gap, and accrues in the same transaction the late interest that waited for it.
     *
     * @throws InvalidInputException naming the field, for an unknown table, a day a half-year figure cannot start on,
     *                               a value that is not a positive number (or fraction), or no source
     * @throws ConflictException     when the table already has a figure from that day
     */
    @Transactional
    public Figure add(String table, LocalDate validFrom, String value, String source, String user) {
        if (table == null || !LegalRates.TABLES.contains(table)) {
            throw new InvalidInputException("table", "Unknown table '" + table + "'; one of " + LegalRates.TABLES);
        }
        if (validFrom == null) {
            throw new InvalidInputException("validFrom", "The day the figure holds from is missing");
        }
        boolean perHalfYear = LegalRates.LATE_INTEREST.equals(table)
                || LegalRates.STANDARD_COMPENSATION.equals(table);
        if (perHalfYear && !HalfYear.of(validFrom).start().equals(validFrom)) {
            throw new InvalidInputException("validFrom", table + " is set per half-year: it holds from 1 January or"
                    + " 1 July, not " + validFrom);
        }
        String figure = value == null ? "" : value.strip();
        requireValid(table, figure);
        if (source == null || source.isBlank() || source.length() > 500) {
            throw new InvalidInputException("source", "Say where the figure comes from (e.g. the regulation or"
                    + " Norges Bank's announcement), at most 500 characters");
        }
        Optional<LegalRate> existing = rates.findByTableAndValidFrom(table, validFrom);
        LegalRate saved;
        if (existing.isPresent()) {
            if (existing.get().getValue() != null) {
                throw new ConflictException(table + " already has the figure " + existing.get().getValue() + " from "
                        + validFrom + " (" + existing.get().getSource() + "); a figure once set is not changed");
            }
            existing.get().fill(figure, source.strip(), user, clock.now());
            saved = existing.get();
        } else {
            saved = rates.save(new LegalRate(table, validFrom, figure, source.strip(), user, clock.now()));
        }
        rates.flush();
        book.reload();
        // another transaction of this node must not see the figure before it is committed, nor keep it after a
        // rollback: reload again when this one ends, whichever way
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                book.reload();
            }
        });
        events.publishEvent(new LegalRateAdded(table, perHalfYear ? HalfYear.of(validFrom) : null));
        events.publishEvent(new RecordedChange(user, RecordedChange.LEGAL_RATE, table + " from " + validFrom,
                RecordedChange.CREATE, "value", null, figure + " (" + source.strip() + ")"));
        return new Figure(saved.getTable(), saved.getValidFrom(), saved.getValue(), saved.getSource(),
                saved.getAddedBy(), saved.getAddedAt());
    }

    private static void requireValid(String table, String value) {
        if (value.isEmpty()) {
            throw new InvalidInputException("value", "The figure is missing");
        }
        try {
            if (LegalRates.FEE_FRACTION.equals(table)) {
                Fraction.parse(value);
                return;
            }
            BigDecimal number = new BigDecimal(value);
            if (number.signum() <= 0 || number.precision() - number.scale() > 6 || number.scale() > 4) {
                throw new NumberFormatException();
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("value", "'" + value + "' is not a figure for " + table + " (a positive"
                    + " number such as 12.50" + (LegalRates.FEE_FRACTION.equals(table) ? ", or a fraction such as 1/20"
                    : "") + ")");
        }
    }
}
