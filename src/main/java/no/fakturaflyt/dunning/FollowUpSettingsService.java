package no.fakturaflyt.dunning;

import java.util.Map;
import java.util.Set;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.common.PropertyChanges;
import no.fakturaflyt.common.RecordedChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The company's follow-up settings (one row, seeded by the migration); each change recorded for the system log. */
@Service
public class FollowUpSettingsService {

    private static final Set<String> NOT_COMPARED = Set.of("version", "updatedAt", "updatedBy");

    private final FollowUpSettingsRepository repository;
    private final OsloClock clock;
    private final ApplicationEventPublisher events;

    FollowUpSettingsService(FollowUpSettingsRepository repository, OsloClock clock, ApplicationEventPublisher events) {
        this.repository = repository;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public FollowUpSettings current() {
        return repository.findById(FollowUpSettings.ID)
                .orElseThrow(() -> new IllegalStateException("follow_up_settings has no row " + FollowUpSettings.ID));
    }

    /** Applies to steps planned from now on; a step already planned keeps its date. */
    @Transactional
    public FollowUpSettings update(FollowUpSettingsForm form, String user) {
        FollowUpSettings settings = repository.findById(FollowUpSettings.ID).orElseThrow();
        Map<String, String> before = PropertyChanges.snapshot(settings, NOT_COMPARED);
        settings.update(form, clock.now(), user);
        PropertyChanges.between(user, RecordedChange.FOLLOW_UP_SETTINGS, before,
                PropertyChanges.snapshot(settings, NOT_COMPARED)).ifPresent(events::publishEvent);
        return settings;
    }
}

interface FollowUpSettingsRepository extends JpaRepository<FollowUpSettings, Integer> {
}
