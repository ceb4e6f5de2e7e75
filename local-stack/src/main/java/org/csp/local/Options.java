package org.csp.local;

import java.nio.file.Path;
import java.time.Duration;

/** Command-line options of the launcher. */
record Options(Path root, Path data, boolean fresh, Duration readyTimeout, boolean help) {

    static final String USAGE = """
            Usage: ./run-local [--build] [--fresh] [--timeout=SECONDS]
              --build            build the project first (./mvnw -B -q package -DskipTests), even if it is built
              --fresh            wipe .local-data (database, Kafka log, keys, logs) and start empty
              --timeout=SECONDS  how long to wait for all services to be ready (default 300)
            The launcher itself also takes --root=DIR (the repository root; default: the current directory)
            and --data=DIR (where to keep the data instead of .local-data; the benchmarks use their own).""";

    static Options parse(String[] args) {
        Path root = Path.of(System.getProperty("csp.local.root", System.getProperty("user.dir")));
        Path data = null;
        boolean fresh = false;
        boolean help = false;
        Duration timeout = Duration.ofSeconds(300);
        for (String arg : args) {
            if (arg.equals("--fresh")) {
                fresh = true;
            } else if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (arg.startsWith("--root=")) {
                root = Path.of(arg.substring("--root=".length()));
            } else if (arg.startsWith("--data=") && arg.length() > "--data=".length()) {
                data = Path.of(arg.substring("--data=".length()));
            } else if (arg.startsWith("--timeout=")) {
                try {
                    timeout = Duration.ofSeconds(Long.parseLong(arg.substring("--timeout=".length())));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--timeout takes a number of seconds, not " + arg.substring(10));
                }
                if (timeout.isNegative() || timeout.isZero()) {
                    throw new IllegalArgumentException("--timeout must be positive");
                }
            } else {
                throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return new Options(root, data, fresh, timeout, help);
    }
}
