package no.fakturaflyt.distribution;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import javax.sql.DataSource;
import no.fakturaflyt.distribution.provider.ProviderProperties;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.property.JobExecutionProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Start-up check that threads and connections fit together, and that a delivery job cannot outlive its lock.
 *
 * <p>Connections: a delivery job holds the job's connection and, while it records its attempt, a second one
 * (the attempt is written in a transaction of its own so it survives the job); a bank-file booking thread holds one;
 * HTTP requests need some. The pool must hold {@code 2 × job threads + booking threads + web connections}, or the job
 * threads can take every connection and wait for each other's second one (the 30-second stalls and HTTP 500s of
 * issue 14).
 *
 * <p>Lock: a job is locked for the job executor's lock time; a node that dies leaves its jobs locked that long, and a
 * job that runs longer than its lock can be taken by a second node. The lock must outlast the slowest delivery job:
 * three waits for a connection (job, attempt start, attempt outcome) plus the slowest channel's timeouts (Peppol, eFaktura
 * and Vipps make two calls, a look-up and the sending; print and factoring one) plus a margin.
 */
@Component
class CapacityCheck implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(CapacityCheck.class);
    private static final int CONNECTION_WAITS_PER_DELIVERY = 3;

    private final DataSource dataSource;
    private final CamundaBpmProperties camunda;
    private final ProcessEngineConfigurationImpl engine;
    private final ProviderProperties providers;
    private final JavaMailSenderImpl mail;
    private final CapacityProperties capacity;
    private final Environment environment;

    CapacityCheck(DataSource dataSource, CamundaBpmProperties camunda, ProcessEngineConfigurationImpl engine,
            ProviderProperties providers, JavaMailSenderImpl mail, CapacityProperties capacity,
            Environment environment) {
        this.dataSource = dataSource;
        this.camunda = camunda;
        this.engine = engine;
        this.providers = providers;
        this.mail = mail;
        this.capacity = capacity;
        this.environment = environment;
    }

    /** What the check found; {@link #risks()} empty when all fits. */
    record Budget(int poolSize, int connectionsNeeded, int jobThreads, int bookingThreads, int webConnections,
            Duration connectionTimeout, Duration slowestChannel, Duration slowestDeliveryJob, Duration lockTime,
            Duration recoveryAfterCrash) {

        List<String> risks() {
            List<String> risks = new ArrayList<>();
            if (poolSize < connectionsNeeded) {
                risks.add("the connection pool (spring.datasource.hikari.maximum-pool-size=" + poolSize + ") is smaller"
                        + " than 2 × " + jobThreads + " job threads + " + bookingThreads + " bank-file booking threads + "
                        + webConnections + " web connections = " + connectionsNeeded + ": the threads can run it dry");
            }
            if (lockTime.compareTo(slowestDeliveryJob) < 0) {
                risks.add("the job lock (camunda.bpm.job-execution.lock-time-in-millis=" + lockTime.toMillis()
                        + ") is shorter than the slowest delivery job (" + slowestDeliveryJob.toMillis()
                        + " ms): a second node could run a job that is still running");
            }
            return risks;
        }
    }

    Budget budget() {
        int poolSize = dataSource instanceof HikariDataSource hikari ? hikari.getMaximumPoolSize() : Integer.MAX_VALUE;
        Duration connectionTimeout = dataSource instanceof HikariDataSource hikari
                ? Duration.ofMillis(hikari.getConnectionTimeout()) : Duration.ofSeconds(30);
        int jobThreads = Math.max(camunda.getJobExecution().getMaxPoolSize(), camunda.getJobExecution().getCorePoolSize());
        int bookingThreads = environment.getProperty("fakturaflyt.bank-files.booking-threads", Integer.class, 4);
        int needed = 2 * jobThreads + bookingThreads + capacity.webConnections();
        Duration slowestChannel = Stream.of(smtpWorstCase(), calls(providers.peppol(), 2),
                        calls(providers.efaktura(), 2), calls(providers.vipps(), 2), calls(providers.print(), 1),
                        calls(providers.factoring(), 1))
                .max(Duration::compareTo).orElseThrow();
        Duration slowestJob = connectionTimeout.multipliedBy(CONNECTION_WAITS_PER_DELIVERY).plus(slowestChannel)
                .plus(capacity.lockMargin());
        // the engine's job executor has the configured values once it runs; on a node with job execution off, what
        // it would have
        JobExecutionProperty jobs = camunda.getJobExecution();
        Duration lockTime = Duration.ofMillis(jobs.isEnabled() || jobs.getLockTimeInMillis() == null
                ? engine.getJobExecutor().getLockTimeInMillis() : jobs.getLockTimeInMillis());
        Duration acquisitionWait = Duration.ofMillis(jobs.isEnabled() || jobs.getMaxWait() == null
                ? engine.getJobExecutor().getMaxWait() : jobs.getMaxWait());
        return new Budget(poolSize, needed, jobThreads, bookingThreads, capacity.webConnections(), connectionTimeout,
                slowestChannel, slowestJob, lockTime, lockTime.plus(acquisitionWait));
    }

    /** A channel's calls to its provider, each waiting at most for a connection and an answer. */
    private static Duration calls(ProviderProperties.Provider provider, int calls) {
        return provider.connectTimeout().plus(provider.readTimeout()).multipliedBy(calls);
    }

    /** Connecting, writing the message and waiting for the server's answer, each with its own timeout. */
    private Duration smtpWorstCase() {
        Properties properties = mail.getJavaMailProperties();
        return Stream.of("mail.smtp.connectiontimeout", "mail.smtp.writetimeout", "mail.smtp.timeout")
                .map(key -> properties.getProperty(key))
                // Jakarta Mail waits forever without a timeout; count it as a minute so the check still says something
                .map(value -> value == null ? Duration.ofMinutes(1) : Duration.ofMillis(Long.parseLong(value.trim())))
                .reduce(Duration.ZERO, Duration::plus);
    }

    @Override
    public void afterSingletonsInstantiated() {
        Budget budget = budget();
        log.info("Capacity: {} connections for {} needed ({} job threads, {} booking threads, {} web); slowest delivery"
                        + " job {} s, job lock {} s; jobs of a crashed node run again within {} s",
                budget.poolSize(), budget.connectionsNeeded(), budget.jobThreads(), budget.bookingThreads(),
                budget.webConnections(), budget.slowestDeliveryJob().toSeconds(), budget.lockTime().toSeconds(),
                budget.recoveryAfterCrash().toSeconds());
        List<String> risks = budget.risks();
        if (risks.isEmpty()) {
            return;
        }
        String message = "Threads, connections and job locks do not fit: " + String.join("; ", risks)
                + " (see docs/operations.md; fakturaflyt.capacity.fail-on-risk=false only warns)";
        if (capacity.failOnRisk()) {
            throw new IllegalStateException(message);
        }
        log.warn(message);
    }
}
