package no.fakturaflyt;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Fakturaflyt: invoicing for Norwegian businesses on Camunda 7.
 * Each top-level package below this one is a business capability (an application module).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FakturaflytApplication {

    /** Keeps this many start-up steps for {@code /actuator/startup} when set (docs/benchmarks.md, B5). */
    static final String STARTUP_STEPS = "fakturaflyt.startup-steps";

    /** The class path jar that {@code mvn spring-boot:run} puts first (pom.xml, src/build/CdsArchive.java). */
    static final String RUN_CLASSPATH_JAR = "run-classpath.jar";

    public static void main(String[] args) {
        List<String> stale = staleRunLibraries(System.getProperty("java.class.path", ""));
        if (!stale.isEmpty()) {
            System.err.println("target/app is older than this run's dependencies: it names " + stale + ", which "
                    + "this run's class path does not have. Run `mvn -o package -DskipTests` (or delete target/app) "
                    + "and start again.");
            System.exit(2);
        }
        SpringApplication application = new SpringApplication(FakturaflytApplication.class);
        Integer steps = Integer.getInteger(STARTUP_STEPS);
        if (steps != null) {
            application.setApplicationStartup(new BufferingApplicationStartup(steps));
        }
        application.run(args);
    }

    /**
     * The libraries named by {@value #RUN_CLASSPATH_JAR} that the rest of the class path does not have (by file
     * name, so by version); empty when that jar is not on the class path. The jar comes first in
     * {@code mvn spring-boot:run}, so that the libraries' classes come from the class-data sharing archive; made by
     * an earlier {@code mvn package}, it would otherwise put libraries of an older dependency list first.
     */
    static List<String> staleRunLibraries(String classPath) {
        Set<String> jars = new HashSet<>();
        Path runJar = null;
        for (String entry : classPath.split(File.pathSeparator)) {
            Path path = Path.of(entry);
            String name = path.getFileName() == null ? "" : path.getFileName().toString();
            if (name.equals(RUN_CLASSPATH_JAR)) {
                runJar = path;
            } else {
                jars.add(name);
            }
        }
        if (runJar == null || !runJar.toFile().isFile()) {
            return List.of();
        }
        try (JarFile jar = new JarFile(runJar.toFile())) {
            String named = jar.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            return named == null ? List.of() : java.util.Arrays.stream(named.trim().split("\\s+"))
                    .map(library -> Path.of(library).getFileName().toString())
                    // the repackaged jar's own launcher support, not a dependency of the project
                    .filter(library -> !library.startsWith("spring-boot-jarmode-tools-"))
                    // two libraries of one file name are extracted with their group id before it
                    .filter(library -> !jars.contains(library)
                            && jars.stream().noneMatch(name -> library.endsWith("-" + name)))
                    .toList();
        } catch (IOException | RuntimeException e) {
            return List.of("(" + runJar + " unreadable: " + e.getMessage() + ")");
        }
    }
}
