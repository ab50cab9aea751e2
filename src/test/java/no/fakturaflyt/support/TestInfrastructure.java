package no.fakturaflyt.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One real PostgreSQL (from Maven Central binaries, no Docker, no installed server) and one GreenMail SMTP server for
 * the whole test run, shared by every Spring context.
 */
public class TestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static EmbeddedPostgres postgres;
    private static GreenMail greenMail;
    private static int smtpPort;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        startOnce();
        TestPropertyValues.of(
                "spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "spring.datasource.username=postgres",
                "spring.datasource.password=",
                // as in application-postgres.yml: the engine's batched inserts go as multi-row inserts
                "spring.datasource.hikari.data-source-properties.reWriteBatchedInserts=true",
                "spring.mail.host=127.0.0.1",
                "spring.mail.port=" + smtpPort,
                "fakturaflyt.mail-sink.enabled=false",
                "fakturaflyt.demo.enabled=false",
                "camunda.bpm.job-execution.enabled=false",
                // a provider that does not answer in time is a technical failure; tests should not wait 10 s for it
                "fakturaflyt.providers.efaktura.read-timeout=500ms",
                "fakturaflyt.avtalegiro.outbox=target/avtalegiro-outbox/" + System.currentTimeMillis(),
                // tests book a bank file before the upload answers, and look at the inbox themselves
                "fakturaflyt.bank-files.async=false",
                // tests see a confirmed import written before the confirm answers
                "fakturaflyt.imports.async=false",
                "fakturaflyt.bank-files.inbox=target/bank-inbox/" + System.currentTimeMillis(),
                "fakturaflyt.bank-files.poll-interval=PT1H")
                .applyTo(context);
    }

    private static synchronized void startOnce() {
        if (postgres != null) {
            return;
        }
        try {
            // stopped by Spring Boot after every application context has closed, not by a racing JVM hook
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
            if (Boolean.getBoolean("bench.pg-stat-statements")) {
                // benchmarks count and time every SQL statement (the bench profile sets this; tests do not)
                builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
                builder.setServerConfig("pg_stat_statements.track", "all");
            }
            postgres = builder.start();
            SpringApplication.getShutdownHandlers().add(TestInfrastructure::stopAll);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
        smtpPort = freePort();
        greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    private static synchronized void stopAll() {
        try {
            greenMail.stop();
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SMTP server the application sends to; tests read what arrived, or stop it to simulate an outage. */
    public static GreenMail greenMail() {
        startOnce();
        return greenMail;
    }

    /**
     * A new, empty database on the shared PostgreSQL, for a test that starts an application of its own (e.g. a
     * production start, which must not see the users and data of the shared context); its JDBC URL.
     */
    public static String freshDatabase(String name) {
        startOnce();
        try (java.sql.Connection connection = postgres.getPostgresDatabase().getConnection();
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name);
            statement.execute("create database " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not create the database " + name, e);
        }
        return postgres.getJdbcUrl("postgres", name);
    }

    /** The port of the shared GreenMail SMTP server. */
    public static int smtpPort() {
        startOnce();
        return smtpPort;
    }

    /** Starts a new SMTP server on the same port after a test stopped it. */
    public static synchronized void restartSmtp() {
        greenMail.stop();
        greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
