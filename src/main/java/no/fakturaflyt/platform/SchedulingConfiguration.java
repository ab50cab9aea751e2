package no.fakturaflyt.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled work outside the process engine, e.g. polling the bounce mailbox. */
@Configuration
@EnableScheduling
class SchedulingConfiguration {
}
