package no.fakturaflyt.bench;

import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

/**
 * Runs the process engine's own job executor during a benchmark, as the application does in production
 * ({@code camunda.bpm.job-execution.enabled=true}), with the pool size the benchmark asks for. The shared test
 * context keeps it off (tests drive jobs themselves), so the benchmark starts it for the measured part and shuts it
 * down afterwards.
 */
final class EngineJobExecutor implements AutoCloseable {

    private final JobExecutor executor;

    /**
     * @param threads job threads (the pool's core and maximum size)
     * @param jobsPerAcquisition jobs locked per acquisition round (Camunda's default is 3)
     */
    EngineJobExecutor(ProcessEngine engine, int threads, int jobsPerAcquisition) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        executor = configuration.getJobExecutor();
        if (executor.isActive()) {
            throw new IllegalStateException("the job executor is already running");
        }
        if (executor instanceof DefaultJobExecutor pool) {
            pool.setCorePoolSize(threads);
            pool.setMaxPoolSize(threads);
            pool.setQueueSize(Math.max(threads, jobsPerAcquisition));
        }
        executor.setMaxJobsPerAcquisition(jobsPerAcquisition);
        // an idle acquisition looks again after at most 200 ms (a new job due now wakes it at once anyway)
        executor.setWaitTimeInMillis(50);
        executor.setMaxWait(200);
        executor.start();
    }

    static Map<String, Object> describe(int threads, int jobsPerAcquisition) {
        return Map.of("threads", threads, "jobsPerAcquisition", jobsPerAcquisition);
    }

    /** Waits until {@code done} holds, looking every 100 ms; fails after {@code timeout}. */
    void awaitUntil(BooleanSupplier done, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not done after " + timeout + ": " + what);
            }
            Thread.sleep(100);
        }
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
