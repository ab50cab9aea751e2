package no.fakturaflyt.support;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.test.context.TestComponent;

/** Drives the process engine's jobs in tests: the job executor is off, so nothing runs unless a test says so. */
@TestComponent
public class Jobs {

    private final ManagementService managementService;

    Jobs(ManagementService managementService) {
        this.managementService = managementService;
    }

    /** Executes every due job, and the jobs they create, until none is due; a failing job is left to its retries. */
    public void executeAll() {
        for (int round = 0; round < 100; round++) {
            List<Job> due = managementService.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            for (Job job : due) {
                try {
                    managementService.executeJob(job.getId());
                } catch (RuntimeException e) {
                    // the engine has recorded the failure and lowered the retries; the test checks the outcome
                }
            }
        }
        throw new IllegalStateException("Jobs still due after 100 rounds: a loop in the model?");
    }

    /** Moves the engine clock (and so the application's today) forward: time travel, no sleeping. */
    public void advanceClock(Duration duration) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
    }

    public void resetClock() {
        ClockUtil.reset();
    }

    /** Runs the jobs, moving the clock past each retry wait, until none is left that could still run. */
    public void executeAllWithRetries() {
        for (int attempt = 0; attempt < 10; attempt++) {
            executeAll();
            if (managementService.createJobQuery().withRetriesLeft().count() == 0) {
                return;
            }
            advanceClock(Duration.ofMinutes(2));
        }
    }
}
