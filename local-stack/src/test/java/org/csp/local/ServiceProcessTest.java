package org.csp.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceProcessTest {
    @TempDir
    Path dir;

    @Test
    void theServiceGetsTheGivenEnvironmentBesideTheLaunchersOwn() throws Exception {
        Path log = dir.resolve("logs/plan.log");

        ServiceProcess process = ServiceProcess.start(new LocalService("plan", 8082),
                List.of("/bin/sh", "-c", "echo \"arenas=$MALLOC_ARENA_MAX path=${PATH:+set} dir=$(pwd)\""),
                Map.of("MALLOC_ARENA_MAX", "2"), dir, log);

        assertTrue(process.process().waitFor(30, TimeUnit.SECONDS));
        assertEquals("arenas=2 path=set dir=" + dir.toRealPath(), Files.readString(log).trim());
    }
}
