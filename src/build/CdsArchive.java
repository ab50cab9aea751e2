import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
 * <li>For {@code mvn spring-boot:run} (when the classes directory is given as the second argument):
 * {@code <app dir>/run-classpath.jar}, a jar of nothing but a manifest whose {@code Class-Path} names the libraries
 * of {@code <app dir>/lib}, and {@code <app dir>/run.jsa}, the same classes archived with that jar as the class path.
 * The plugin puts the jar before {@code target/classes} (its {@code additionalClasspathElements}), so that every
 * archived class comes from a jar before the first directory: Java 17 refuses an archive whose classes come from
 * after a non-empty directory, and {@code target/classes} is never empty. A library holding a resource that
 * {@code target/classes} holds too (the webapps' {@code user-styles.css}) is left out of the jar, so that the
 * application's own resource still comes first.</li>
 * </ol>
 * The jars are named by their absolute paths, the form the archive records and checks at run time.
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
        if (args.length > 1) {
            runArchive(app, jar, classes, Path.of(args[1]).toAbsolutePath().normalize(), training, java);
        }
    }

    /** The class path jar and the archive of {@code mvn spring-boot:run} (see the class comment). */
    private static void runArchive(Path app, Path jar, Path classes, Path classesDirectory, Path training,
            String java) throws IOException, InterruptedException {
        Set<String> own = new HashSet<>();
        try (Stream<Path> files = Files.walk(classesDirectory)) {
            files.filter(Files::isRegularFile).map(f -> classesDirectory.relativize(f).toString().replace('\\', '/'))
                    .forEach(own::add);
        }
        String[] libraries;
        try (JarFile application = new JarFile(jar.toFile())) {
            libraries = application.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH)
                    .trim().split("\\s+");
        }
        List<String> kept = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (String library : libraries) {
            boolean shadows;
            try (JarFile lib = new JarFile(app.resolve(library).toFile())) {
                shadows = lib.stream().filter(e -> !e.isDirectory()).map(e -> e.getName())
                        .filter(name -> !name.startsWith("META-INF/") || name.startsWith("META-INF/resources/"))
                        .anyMatch(own::contains);
            }
            (shadows ? left : kept).add(library);
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", kept));
        Path runJar = app.resolve("run-classpath.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(runJar), manifest)) {
            // a manifest only
        }
        Path runArchive = app.resolve("run.jsa");
        Files.deleteIfExists(runArchive);
        run(training, "run-dump.log", java, "-Xshare:dump", "-XX:SharedClassListFile=" + classes,
                "-XX:SharedArchiveFile=" + runArchive, "-XX:TieredStopAtLevel=1", "-cp", runJar.toString());
        System.out.printf("Class-data sharing archive %s for mvn spring-boot:run: %d of %d libraries (left out, "
                + "as they hold resources of %s: %s), %d MB%n", runArchive, kept.size(), libraries.length,
                classesDirectory, left, Files.size(runArchive) / (1024 * 1024));
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
