package no.fakturaflyt.common;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Today's date in Europe/Oslo. It follows the process engine's clock, so that a test that moves the engine clock
 * (time travel) moves invoice dates, due dates and reminders with it.
 */
@Component
public class OsloClock {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    public LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), OSLO);
    }

    public java.time.Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

}
