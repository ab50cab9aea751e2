package no.fakturaflyt.demo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import no.fakturaflyt.common.ConflictException;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.common.OsloClock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Time travel for the demo: moves the clock the whole application reads (the process engine's, through
 * {@link OsloClock}) forward, so that a newcomer sees reminders, the collection notice and the transfer fall due in
 * minutes instead of weeks. The clock keeps ticking from the new time; the job executor is woken to run what fell due.
 * Only forward: going back would undo what already happened. Off in production (fakturaflyt.demo.clock-endpoint).
 */
@RestController
@RequestMapping("/api/demo/clock")
@ConditionalOnProperty(name = "fakturaflyt.demo.clock-endpoint", havingValue = "true")
@Tag(name = "Demo")
class DemoClockController {

    private static final Logger log = LoggerFactory.getLogger(DemoClockController.class);

    private final OsloClock clock;
    private final ProcessEngine engine;

    DemoClockController(OsloClock clock, ProcessEngine engine) {
        this.clock = clock;
        this.engine = engine;
    }

    record ClockView(Instant now, LocalDate today, long offsetDays) {
    }

    /** Either days forward, or the date to move to (Europe/Oslo, at the current time of day). */
    record MoveForm(@Min(1) @Max(3650) Integer days, LocalDate date) {
    }

    @GetMapping
    @Operation(summary = "The application's clock (moved by the demo or real)")
    ClockView get() {
        return view();
    }

    @PostMapping
    @Operation(summary = "Move the clock forward by days, or to a date; timers that fall due run at once")
    ClockView move(@Valid @RequestBody MoveForm form) {
        long days;
        if (form.days() != null && form.date() != null) {
            throw new InvalidInputException("date", "Give either days or date, not both");
        } else if (form.days() != null) {
            days = form.days();
        } else if (form.date() != null) {
            days = form.date().toEpochDay() - clock.today().toEpochDay();
            if (days <= 0) {
                throw new ConflictException("The clock only moves forward: today is " + clock.today()
                        + ", asked for " + form.date());
            }
        } else {
            throw new InvalidInputException("days", "Give days (1-3650) or a date to move the clock to");
        }
        long offset = ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis();
        ClockUtil.offset(offset + Duration.ofDays(days).toMillis());
        log.warn("Demo clock moved {} days forward: today is now {}", days, clock.today());
        wakeJobExecutor();
        return view();
    }

    @DeleteMapping
    @Operation(summary = "Back to the real time (what already happened stays)")
    ClockView reset() {
        ClockUtil.reset();
        return view();
    }

    private void wakeJobExecutor() {
        if (engine.getProcessEngineConfiguration() instanceof ProcessEngineConfigurationImpl impl) {
            JobExecutor executor = impl.getJobExecutor();
            if (executor != null && executor.isActive()) {
                executor.jobWasAdded();
            }
        }
    }

    private ClockView view() {
        long offset = ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis();
        return new ClockView(clock.now(), clock.today(), Math.round(offset / 86_400_000.0));
    }
}
