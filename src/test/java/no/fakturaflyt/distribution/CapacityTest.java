package no.fakturaflyt.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import no.fakturaflyt.support.FakturaflytTest;
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

    @Test
    void thePoolHoldsTwoConnectionsForEveryJobThreadBesideTheBookingThreadsAndTheWebRequests() {
        int jobThreads = Math.max(camunda.getJobExecution().getMaxPoolSize(),
                camunda.getJobExecution().getCorePoolSize());
        int pool = ((HikariDataSource) dataSource).getMaximumPoolSize();

        assertThat(pool).as("pool for %s job threads", jobThreads)
                .isGreaterThanOrEqualTo(2 * jobThreads + BANK_FILE_BOOKING_THREADS + 8);
    }

    @Test
    void aJobLockedByACrashedNodeRunsAgainWithinTwoMinutesAndOutlastsTheSlowestDeliveryJob() {
        // the tests run with the job executor off; a node that runs jobs gets these values (the cluster test's nodes)
        // unset, the engine's own defaults apply: a 5-minute lock and up to a minute between acquisitions
        Duration lock = Duration.ofMillis(Optional.ofNullable(camunda.getJobExecution().getLockTimeInMillis())
                .orElse(300_000));
        Duration acquisitionWait = Duration.ofMillis(Optional.ofNullable(camunda.getJobExecution().getMaxWait())
                .orElse(60_000L));
        // 3 waits for a connection + the print service's connect and read (2 s + 30 s) + 15 s margin
        Duration connectionWait = Duration.ofMillis(((HikariDataSource) dataSource).getConnectionTimeout());
        Duration slowestDeliveryJob = connectionWait.multipliedBy(3).plus(Duration.ofSeconds(32 + 15));

        assertThat(lock.plus(acquisitionWait)).as("recovery after a crash").isLessThanOrEqualTo(Duration.ofMinutes(2));
        assertThat(lock).as("lock against the slowest delivery job").isGreaterThanOrEqualTo(slowestDeliveryJob);
    }
}
