package org.csp.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupArchiveTest {

    @TempDir
    Path dir;

    private Path jar;
    private Path javaHome;
    private Path trained;
    private Path part;

    @BeforeEach
    void aBuiltService() throws Exception {
        jar = Files.writeString(dir.resolve("quarkus-run.jar"), "");
        javaHome = dir.resolve("jdk");
        Files.createDirectories(javaHome.resolve("lib/server"));
        Files.writeString(javaHome.resolve("lib/server/libjvm.so"), "");
        trained = dir.resolve("app-cds-trained.jsa");
        part = dir.resolve("app-cds-trained.jsa.part");
        age(jar, 120);
        age(javaHome.resolve("lib/server/libjvm.so"), 120);
    }

    private StartupArchive archive() {
        return new StartupArchive(jar, javaHome);
    }

    private static void age(Path file, int seconds) throws Exception {
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - seconds * 1000L));
    }

    @Test
    void theFirstRunAfterABuildWritesItsArchiveIntoAPartFile() {
        assertTrue(archive().trains());
        assertEquals(List.of("-XX:ArchiveClassesAtExit=" + part), archive().jvmOptions());
    }

    @Test
    void aRunThatEndedByItselfLeavesTheArchiveTheNextRunUses() throws Exception {
        StartupArchive first = archive();
        first.jvmOptions();
        Files.write(part, new byte[] {7, 8, 9});

        first.finishTraining(true);

        assertFalse(Files.exists(part));
        assertArrayEquals(new byte[] {7, 8, 9}, Files.readAllBytes(trained));
        assertFalse(archive().trains());
        assertEquals(List.of("-XX:SharedArchiveFile=" + trained), archive().jvmOptions());
    }

    @Test
    void aKilledRunsArchiveMayBeCutOffAndIsThrownAway() throws Exception {
        Files.write(part, new byte[] {1});

        archive().finishTraining(false);

        assertFalse(Files.exists(part));
        assertFalse(Files.exists(trained));
        assertTrue(archive().trains());
    }

    @Test
    void anEmptyArchiveIsNeverUsed() throws Exception {
        Files.write(part, new byte[0]);

        archive().finishTraining(true);

        assertFalse(Files.exists(trained));
        assertTrue(archive().trains());
    }

    @Test
    void aNewBuildRetrainsOverTheOldArchive() throws Exception {
        Files.write(trained, new byte[] {1});
        age(trained, 60);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis()));

        assertTrue(archive().trains());
        assertEquals(List.of("-XX:ArchiveClassesAtExit=" + part), archive().jvmOptions());
    }

    @Test
    void anArchiveOlderThanTheJvmIsNotUsed() throws Exception {
        Files.write(trained, new byte[] {1});
        age(trained, 60);
        Files.setLastModifiedTime(javaHome.resolve("lib/server/libjvm.so"), FileTime.fromMillis(System.currentTimeMillis()));

        assertTrue(archive().trains());
    }

    @Test
    void aLeftoverPartFileOfAnInterruptedRunIsRemovedBeforeTheNextTraining() throws Exception {
        Files.write(part, new byte[] {1, 2});

        archive().jvmOptions();

        assertFalse(Files.exists(part));
    }
}
