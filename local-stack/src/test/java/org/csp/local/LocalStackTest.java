package org.csp.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStackTest {

    @TempDir
    Path root;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private LocalStack stack() {
        return new LocalStack(new LocalPaths(root), Duration.ofSeconds(5), new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    @Test
    void missingServiceJarStopsTheStartNamingTheServiceAndHowToBuild() throws Exception {
        Files.createDirectories(root.resolve("assessment-service/target/quarkus-app"));
        Files.writeString(root.resolve("assessment-service/target/quarkus-app/quarkus-run.jar"), "");

        LaunchException refused = assertThrows(LaunchException.class, () -> stack().start(false));

        assertTrue(refused.getMessage().startsWith("The plan service is not built"), refused.getMessage());
        assertTrue(refused.getMessage().contains("./run-local --build"), refused.getMessage());
        assertTrue(Files.notExists(root.resolve(".local-data")), "nothing is started or created before the check");
    }

    @Test
    void eachServiceIsStartedOnItsPortAgainstTheLocalDatabaseBrokerAndKey() throws Exception {
        LocalKeys keys = LocalKeys.loadOrCreate(root.resolve(".local-data/jwt"));

        List<String> command = stack().command(new LocalService("grant", 8083), keys);

        assertEquals(LocalStack.SERVICE_JVM_OPTIONS, command.subList(1, 1 + LocalStack.SERVICE_JVM_OPTIONS.size()));
        assertTrue(command.contains("-Xmx192m") && command.contains("-XX:+UseSerialGC"), command.toString());
        assertEquals(NativeHeapTrim.supported(), command.contains(NativeHeapTrim.OPTION), command.toString());
        assertTrue(command.contains("-XX:ArchiveClassesAtExit=" + root.resolve(
                "grant-service/target/quarkus-app/app-cds-trained.jsa.part")), "the first run writes its archive: " + command);
        assertTrue(command.stream().noneMatch(a -> a.startsWith("-XX:SharedArchiveFile=")), command.toString());
        assertTrue(command.contains("-Dquarkus.http.port=8083"), command.toString());
        assertTrue(command.contains("-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:15432/postgres"), command.toString());
        assertTrue(command.contains("-Dquarkus.datasource.username=postgres"), command.toString());
        assertTrue(command.contains("-Dkafka.bootstrap.servers=127.0.0.1:19092"), command.toString());
        assertTrue(command.contains("-Dmp.jwt.verify.publickey.location=file:" + keys.publicKeyFile()), command.toString());
        assertTrue(command.contains("-Dmp.jwt.verify.issuer=https://identity.csp.local"), command.toString());
        assertTrue(command.contains("-Dmp.jwt.verify.audiences=csp-platform"), command.toString());
        assertEquals(List.of("-jar", "quarkus-run.jar"), command.subList(command.size() - 2, command.size()));
        assertEquals(root.resolve("grant-service/target/quarkus-app"), stack().workingDirectory(new LocalService("grant", 8083)));
    }

    @Test
    void theStartUpArchiveOfAnEarlierRunOfThisBuildIsUsed() throws Exception {
        LocalKeys keys = LocalKeys.loadOrCreate(root.resolve(".local-data/jwt"));
        Path jar = root.resolve("grant-service/target/quarkus-app/quarkus-run.jar");
        Path archive = jar.resolveSibling("app-cds-trained.jsa");
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "");
        Files.write(archive, new byte[] {1});
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() - 60_000));

        List<String> command = stack().command(new LocalService("grant", 8083), keys);

        assertTrue(command.contains("-XX:SharedArchiveFile=" + archive), command.toString());
        assertTrue(command.indexOf("-XX:SharedArchiveFile=" + archive) < command.indexOf("-jar"), command.toString());
        assertTrue(command.stream().noneMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit=")), command.toString());
        assertEquals("2", LocalStack.SERVICE_ENVIRONMENT.get("MALLOC_ARENA_MAX"));
    }

    @Test
    void everyFixedPortIsCheckedWithWhatNeedsIt() {
        var needs = stack().portNeeds();

        assertEquals(List.of(15432, 19092, 19093, 8079, 8081, 8082, 8083, 8084), List.copyOf(needs.keySet()));
        assertEquals("the governance service", needs.get(8084));
    }
}
