package no.fakturaflyt.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import no.fakturaflyt.support.FakturaflytTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The start-up check of {@link CapacityCheck}: what it finds in the application's configuration and what it refuses. */
@FakturaflytTest
class CapacityCheckTest {

    @Autowired CapacityCheck check;

    @Test
    void theApplicationsConfigurationFits() {
        CapacityCheck.Budget budget = check.budget();

        assertThat(budget.risks()).isEmpty();
        assertThat(budget.poolSize()).isEqualTo(20);
        assertThat(budget.connectionsNeeded()).isEqualTo(2 * 4 + 4 + 8);
        // 3 waits for a connection (10 s each) + the print service's connect and read (2 s + 30 s) + 15 s margin
        assertThat(budget.slowestDeliveryJob()).isEqualTo(Duration.ofSeconds(77));
        assertThat(budget.lockTime()).isEqualTo(Duration.ofSeconds(90));
        assertThat(budget.recoveryAfterCrash()).isEqualTo(Duration.ofSeconds(100));
    }

    @Test
    void theCheckNamesAPoolTheThreadsCanRunDryAndALockShorterThanAJob() {
        CapacityCheck.Budget campaign = new CapacityCheck.Budget(10, 2 * 10 + 4 + 8, 10, 4, 8,
                Duration.ofSeconds(30), Duration.ofSeconds(32), Duration.ofSeconds(137), Duration.ofSeconds(60),
                Duration.ofSeconds(120));

        assertThat(campaign.risks()).hasSize(2)
                .anySatisfy(risk -> assertThat(risk).contains("maximum-pool-size=10").contains("= 32"))
                .anySatisfy(risk -> assertThat(risk).contains("lock-time-in-millis=60000"));
    }
}
