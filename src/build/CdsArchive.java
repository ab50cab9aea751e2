import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Makes the class-data sharing archive of the extracted application (issue 17, B5); the build runs it in the
 * {@code package} phase as a single-file program ({@code java src/build/CdsArchive.java <app dir>}).
 *
 * <ol>
 * <li>One start of {@code <app dir>/fakturaflyt.jar} on an in-memory database, ended as soon as the application
 * context is refreshed ({@code spring.context.exit=onRefresh}), lists every class it loads.</li>
 * <li>The list loses its lambda-proxy lines: Java 17's archive dump crashes on some of them (in
 * {@code SystemDictionaryShared::adjust_lambda_proxy_class_dictionary}, for lambdas of classes the dump skips,
 * such as those of signed jars); the lambdas are then made at run time, as without an archive.</li>
 * <li>{@code -Xshare:dump} writes the archive {@code <app dir>/fakturaflyt.jsa}.</li>
 * </ol>
 * The jar is named by its absolute path, the form the archive records and checks at run time.
 */
public class CdsArchive {

    public static void main(String[] args) throws IOException, InterruptedException {
        Path app = Path.of(args[0]).toAbsolutePath().normalize();
        Path jar = app.resolve("fakturaflyt.jar");
        Path loaded = app.resolve("training/loaded.classlist");
        Path classes = app.resolve("training/archived.classlist");
        Path archive = app.resolve("fakturaflyt.jsa");
        Path training = Files.createDirectories(app.resolve("training"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        run(training, "training.log", java, "-XX:DumpLoadedClassList=" + loaded, "-XX:TieredStopAtLevel=1",
                "-Dspring.context.exit=onRefresh", "-jar", jar.toString(),
                "--spring.datasource.url=jdbc:h2:mem:cds-training", "--logging.level.root=WARN");
        List<String> kept;
        try (var lines = Files.lines(loaded)) {
            kept = lines.filter(line -> !line.startsWith("@lambda-proxy")).collect(Collectors.toList());
        }
        Files.write(classes, kept);
        Files.deleteIfExists(archive);
        run(training, "dump.log", java, "-Xshare:dump", "-XX:SharedClassListFile=" + classes,
                "-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1", "-jar", jar.toString());
        System.out.printf("Class-data sharing archive %s: %d classes, %d MB%n", archive, kept.size(),
                Files.size(archive) / (1024 * 1024));
    }

    private static void run(Path dir, String log, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve(log).toFile()).start();
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with exit code " + exit + ", see "
                    + dir.resolve(log));
        }
    }
}
