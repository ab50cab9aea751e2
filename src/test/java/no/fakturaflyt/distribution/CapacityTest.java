package no.fakturaflyt.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import javax.sql.DataSource;
import no.fakturaflyt.support.FakturaflytTest;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14, points 9 and 10, on the application's real configuration: the job threads cannot run the connection pool
 * dry (each delivery job may hold two connections: the job's and its attempt record's), and a job of a node that died
 * runs again within two minutes, while no delivery job can outlive its lock.
 */
@FakturaflytTest
class CapacityTest {

    private static final int BANK_FILE_BOOKING_THREADS = 4;

    @Autowired DataSource dataSource;
    @Autowired CamundaBpmProperties camunda;
    @Autowired ProcessEngineConfigurationImpl engine;
    @Autowired CapacityCheck check;

    @Test
    void thePoolHoldsTwoConnectionsForEveryJobThreadBesideTheBookingThreadsAndTheWebRequests() {
        int jobThreads = Math.max(camunda.getJobExecution().getMaxPoolSize(),
                camunda.getJobExecution().getCorePoolSize());
        int pool = ((HikariDataSource) dataSource).getMaximumPoolSize();

        assertThat(pool).as("pool for %s job threads", jobThreads)
                .isGreaterThanOrEqualTo(2 * jobThreads + BANK_FILE_BOOKING_THREADS + 8);
        assertThat(check.budget().risks()).isEmpty();
    }

    @Test
    void aJobLockedByACrashedNodeRunsAgainWithinTwoMinutesAndOutlastsTheSlowestDeliveryJob() {
        Duration lock = Duration.ofMillis(engine.getJobExecutor().getLockTimeInMillis());
        Duration acquisitionWait = Duration.ofMillis(engine.getJobExecutor().getMaxWait());
        CapacityCheck.Budget budget = check.budget();

        assertThat(lock.plus(acquisitionWait)).as("recovery after a crash").isLessThanOrEqualTo(Duration.ofMinutes(2));
        assertThat(budget.recoveryAfterCrash()).isEqualTo(lock.plus(acquisitionWait));
        // 3 waits for a connection (10 s each) + the print service's connect and read (2 s + 30 s) + 15 s margin
        assertThat(budget.slowestDeliveryJob()).isEqualTo(Duration.ofSeconds(77));
        assertThat(lock).isGreaterThanOrEqualTo(budget.slowestDeliveryJob());
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
