package no.fakturaflyt.dunning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.fakturaflyt.common.OsloClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Warns while a late-interest rate the follow-up needs soon is missing: from 1 June and 1 December, the coming
 * half-year's rate (Norges Bank's policy rate + 8 points, announced before the half-year starts), and at any time the
 * current half-year's. Interest for days without a rate is kept pending, never guessed, so the warning asks an
 * admin to add the figure. Shown in the health endpoint's details (status stays UP: nothing is broken), the log
 * (at start and every morning) and {@code GET /api/legal-rates}.
 */
@Component("legalRates")
class LegalRateWarnings implements HealthIndicator {

    private static final Logger LOG = LoggerFactory.getLogger(LegalRateWarnings.class);

    private final LegalRateBook book;
    private final OsloClock clock;

    LegalRateWarnings(LegalRateBook book, OsloClock clock) {
        this.book = book;
        this.clock = clock;
    }

    /** The warnings of today, empty when every rate needed soon is there. */
    List<String> current() {
        return on(clock.today());
    }

    List<String> on(LocalDate today) {
        List<String> warnings = new ArrayList<>();
        HalfYear now = HalfYear.of(today);
        if (!hasRate(now)) {
            warnings.add("No late-interest rate for " + now + ", which has begun: late interest for its days waits"
                    + " until an admin adds the rate (POST /api/legal-rates)");
        }
        boolean lastMonth = today.getMonthValue() == 6 || today.getMonthValue() == 12;
        HalfYear coming = now.next();
        if (lastMonth && !hasRate(coming)) {
            warnings.add("No late-interest rate for " + coming + " yet: add it before " + coming.start()
                    + " (POST /api/legal-rates, with its source); until then late interest for days from "
                    + coming.start() + " waits");
        }
        return warnings;
    }

    private boolean hasRate(HalfYear halfYear) {
        try {
            book.current().lateInterestRateFor(halfYear);
            return true;
        } catch (NoFigureException e) {
            return false;
        }
    }

    @Override
    public Health health() {
        List<String> warnings = current();
        return warnings.isEmpty() ? Health.up().build() : Health.up().withDetail("warnings", warnings).build();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "0 0 7 * * *", zone = "Europe/Oslo")
    public void log() {
        current().forEach(warning -> LOG.warn("Legal rates: {}", warning));
    }
}
