package no.fakturaflyt.dunning;

import no.fakturaflyt.common.OsloClock;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The company's follow-up settings (one row, seeded by the migration). */
@Service
public class FollowUpSettingsService {

    private final FollowUpSettingsRepository repository;
    private final OsloClock clock;

    FollowUpSettingsService(FollowUpSettingsRepository repository, OsloClock clock) {
        this.repository = repository;
        this.clock = clock;
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
        settings.update(form, clock.now(), user);
        return settings;
    }
}

interface FollowUpSettingsRepository extends JpaRepository<FollowUpSettings, Integer> {
}
