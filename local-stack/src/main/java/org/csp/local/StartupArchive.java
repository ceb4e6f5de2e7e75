package org.csp.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;

/**
 * The class-data archive (JDK 17 dynamic AppCDS) of a service's own run, beside its quarkus-run.jar.
 *
 * <p>An archive Quarkus writes at build time ({@code quarkus.package.jar.appcds.enabled}) holds only the classes
 * loaded before the application connects anywhere: Quarkus stops its training run there, so Hibernate's boot,
 * Flyway and the Kafka clients (about half of a start's 18,000 classes) would still be read from the jars and
 * verified at every start. A real run knows them all: the first run after a build is started with
 * {@code -XX:ArchiveClassesAtExit} and the JVM writes the archive when the service stops; later runs map it and
 * start with about a third less CPU. It needs the flat class path of the {@code aot-jar} packaging (classes of
 * Quarkus' own class loader of the fast-jar cannot be archived).
 *
 * <p>The JVM writes straight into the file it is given and trusts an archive it maps (a cut-off archive crashes
 * the JVM), so a run trains into a {@code .part} file that becomes the archive only when the service ended by
 * itself within the stop's grace period. The archive is used only while it is newer than the jar and the JVM.
 */
final class StartupArchive {

    static final String TRAINED = "app-cds-trained.jsa";

    private final Path trained;
    private final Path training;
    private final Path jar;
    private final Path jvm;

    StartupArchive(Path serviceJar, Path javaHome) {
        this.jar = serviceJar;
        this.trained = serviceJar.resolveSibling(TRAINED);
        this.training = serviceJar.resolveSibling(TRAINED + ".part");
        this.jvm = javaHome.resolve("lib").resolve("server").resolve("libjvm.so");
    }

    /** True when this run has no archive of a previous run and writes one as it stops. */
    boolean trains() {
        return !usable(trained);
    }

    /**
     * The JVM options for the next start: the trained archive when there is a current one; otherwise write one at
     * exit (a dynamic archive cannot be written on top of another, so the build's archive is not used then).
     */
    List<String> jvmOptions() {
        if (!trains()) {
            return List.of("-XX:SharedArchiveFile=" + trained);
        }
        delete(training);
        return List.of("-XX:ArchiveClassesAtExit=" + training);
    }

    /** After the service's process ended: keeps what it wrote only if it ended by itself (the file is complete). */
    void finishTraining(boolean endedByItself) {
        if (!Files.isRegularFile(training)) {
            return;
        }
        try {
            if (endedByItself && Files.size(training) > 0) {
                Files.move(training, trained, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.delete(training);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the start-up archive " + training, e);
        }
    }

    private boolean usable(Path archive) {
        try {
            if (!Files.isRegularFile(archive) || Files.size(archive) == 0) {
                return false;
            }
            FileTime written = Files.getLastModifiedTime(archive);
            return written.compareTo(Files.getLastModifiedTime(jar)) > 0
                    && (!Files.exists(jvm) || written.compareTo(Files.getLastModifiedTime(jvm)) > 0);
        } catch (IOException e) {
            return false;
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + file, e);
        }
    }
}
