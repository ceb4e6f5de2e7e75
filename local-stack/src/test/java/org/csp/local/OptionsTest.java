package org.csp.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void dataDefaultsToLocalDataInTheRoot() {
        Options options = Options.parse(new String[] {"--root=/tmp/repo"});
        assertEquals(Path.of("/tmp/repo/.local-data"), new LocalPaths(options.root(), options.data()).data());
    }

    @Test
    void dataOptionMovesEverythingTheRunKeeps() {
        Options options = Options.parse(new String[] {"--root=/tmp/repo", "--data=/tmp/bench-data", "--fresh"});
        LocalPaths paths = new LocalPaths(options.root(), options.data());
        assertEquals(Path.of("/tmp/bench-data/postgres"), paths.postgres());
        assertEquals(Path.of("/tmp/bench-data/logs/plan.log"), paths.serviceLog("plan"));
        assertEquals(Path.of("/tmp/repo/plan-service/target/quarkus-app/quarkus-run.jar"), paths.serviceJar("plan"));
    }
}
