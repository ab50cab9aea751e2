package no.fakturaflyt.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * The tests run on PostgreSQL, the demo run (`mvn spring-boot:run`) on embedded H2: every migration must run on both.
 * This runs all of them on an empty H2 database the way the demo run's URL opens it.
 */
class H2MigrationsTest {

    @Test
    void everyMigrationRunsOnTheDemoRunsH2() {
        Flyway flyway = Flyway.configure()
                .dataSource("jdbc:h2:mem:migrations;DB_CLOSE_DELAY=-1", "sa", "")
                .locations("classpath:db/migration")
                .load();

        MigrateResult result = flyway.migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isEqualTo(flyway.info().all().length);
        assertThat(flyway.info().pending()).isEmpty();
    }
}
