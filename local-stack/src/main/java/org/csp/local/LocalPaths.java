package org.csp.local;

import java.nio.file.Path;

/** Where the local run keeps its state: everything under {@code .local-data} in the repository root. */
public record LocalPaths(Path root) {

    public LocalPaths {
        root = root.toAbsolutePath().normalize();
    }

    public Path data() {
        return root.resolve(".local-data");
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
