package no.fakturaflyt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guard of {@code mvn spring-boot:run} against a target/app made for other dependencies (issue 17, B5). */
class RunClasspathTest {

    @TempDir
    Path dir;

    @Test
    void aRunWithoutTheClassPathJarIsNotChecked() {
        assertThat(FakturaflytApplication.staleRunLibraries("target/classes" + File.pathSeparator + "/m2/a-1.0.jar"))
                .isEmpty();
    }

    @Test
    void theLibrariesOfTheRunAreFoundByFileNameAlsoWhenExtractedWithTheirGroupId() throws IOException {
        Path runJar = runJar("lib/a-1.0.jar lib/org.example-jaxb-core-4.0.9.jar lib/spring-boot-jarmode-tools-3.5.16.jar");
        String classPath = String.join(File.pathSeparator, runJar.toString(), "target/classes", "/m2/a/a-1.0.jar",
                "/m2/org/example/jaxb-core-4.0.9.jar");

        assertThat(FakturaflytApplication.staleRunLibraries(classPath)).isEmpty();
    }

    @Test
    void aLibraryOfAnotherVersionThanTheRunsIsNamed() throws IOException {
        Path runJar = runJar("lib/a-1.0.jar lib/b-2.0.jar");
        String classPath = String.join(File.pathSeparator, runJar.toString(), "target/classes", "/m2/a/a-1.0.jar",
                "/m2/b/b-2.1.jar");

        assertThat(FakturaflytApplication.staleRunLibraries(classPath)).containsExactly("b-2.0.jar");
    }

    private Path runJar(String classPath) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        Path jar = dir.resolve(FakturaflytApplication.RUN_CLASSPATH_JAR);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            // a manifest only
        }
        return jar;
    }
}
