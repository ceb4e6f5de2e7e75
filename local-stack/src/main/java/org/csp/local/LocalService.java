package org.csp.local;

/** One of the four services as the local run starts it. */
public record LocalService(String name, int port) {

    public String displayName() {
        return name + " service";
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }
}
