package no.fakturaflyt.dunning;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The legal figures in force, as kept in the database (table legal_rate). At start it adds every row of
 * {@value LegalRates#RESOURCE} the database does not have yet (a figure already there, e.g. one an admin added, is
 * left as it is), so a release can still bring figures. Rules read {@link #current()}, which is reloaded when this
 * node changes a figure and at most {@link #RELOAD_AFTER} after another node did.
 */
@Component
public class LegalRateBook {

    static final Duration RELOAD_AFTER = Duration.ofMinutes(1);
    static final String SEEDED_BY = "legal-rates.csv";
    private static final Logger LOG = LoggerFactory.getLogger(LegalRateBook.class);

    private final LegalRateRepository rates;
    private final TransactionTemplate transaction;
    private final Clock clock = Clock.systemUTC();
    private volatile LegalRates current;
    private volatile Instant loadedAt = Instant.MIN;

    LegalRateBook(LegalRateRepository rates, TransactionTemplate transaction) {
        this.rates = rates;
        this.transaction = transaction;
        seed();
        reload();
    }

    /** The figures in force now. */
    public LegalRates current() {
        if (Duration.between(loadedAt, clock.instant()).compareTo(RELOAD_AFTER) > 0) {
            reload();
        }
        return current;
    }

    /** Reads the figures again, e.g. right after one was added. */
    void reload() {
        List<LegalRates.Row> rows = transaction.execute(status -> rates.findAllByOrderByTableAscValidFromAsc()
                .stream().map(LegalRate::row).toList());
        current = LegalRates.of(rows, "table legal_rate");
        loadedAt = clock.instant();
    }

    private void seed() {
        List<LegalRates.Row> file = fileRows();
        LegalRates.of(file, LegalRates.RESOURCE);   // the shipped file itself must be valid
        try {
            int added = transaction.execute(status -> {
                int count = 0;
                for (LegalRates.Row row : file) {
                    LocalDate from = LocalDate.parse(row.validFrom());
                    if (rates.findByTableAndValidFrom(row.table(), from).isEmpty()) {
                        rates.save(new LegalRate(row.table(), from, row.value().isEmpty() ? null : row.value(),
                                row.comment().isBlank() ? SEEDED_BY : row.comment().strip(), SEEDED_BY,
                                clock.instant()));
                        count++;
                    }
                }
                return count;
            });
            if (added > 0) {
                LOG.info("Added {} legal figures from {} to the database", added, LegalRates.RESOURCE);
            }
        } catch (DataIntegrityViolationException e) {
            LOG.info("Another node seeded the legal figures at the same time; using the database's");
        }
    }

    private static List<LegalRates.Row> fileRows() {
        InputStream in = LegalRates.class.getClassLoader().getResourceAsStream(LegalRates.RESOURCE);
        if (in == null) {
            throw new IllegalStateException("classpath resource " + LegalRates.RESOURCE + " is missing");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return LegalRates.rows(reader, LegalRates.RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LegalRates.RESOURCE, e);
        }
    }
}
