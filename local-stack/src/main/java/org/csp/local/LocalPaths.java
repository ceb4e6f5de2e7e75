package org.csp.local;

import java.nio.file.Path;

/**
 * Where the local run keeps its state: everything under {@code .local-data} in the repository root, or under
 * another directory given with {@code --data=DIR} (the benchmarks use their own, so they never touch yours).
 */
public record LocalPaths(Path root, Path data) {

    public LocalPaths {
        root = root.toAbsolutePath().normalize();
        data = (data == null ? root.resolve(".local-data") : data).toAbsolutePath().normalize();
    }

    public LocalPaths(Path root) {
        this(root, null);
    }

    public Path postgres() {
        return data().resolve("postgres");
    }

    public Path kafka() {
        return data().resolve("kafka");
    }

    public Path jwt() {
        return data().resolve("jwt");
    }

    public Path logs() {
        return data().resolve("logs");
    }

    public Path serviceLog(String service) {
        return logs().resolve(service + ".log");
    }

    public Path serviceModule(String service) {
        return root.resolve(service + "-service");
    }

    public Path serviceJar(String service) {
        return serviceModule(service).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** The path as the user sees it, relative to the repository root when inside it. */
    public String show(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
    }
}
