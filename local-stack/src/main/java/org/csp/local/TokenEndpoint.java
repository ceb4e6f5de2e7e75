package org.csp.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * {@code GET /token?role=...&agency=...&subject=...} on 127.0.0.1 answers a signed token as plain text
 * (so {@code TOKEN=$(curl -s ...)} works); a bad request gets 400 with the reason. Local run only.
 */
public final class TokenEndpoint implements AutoCloseable {

    private final HttpServer server;

    private TokenEndpoint(HttpServer server) {
        this.server = server;
    }

    /** Listens on 127.0.0.1:{@code port} (0 picks a free port). */
    public static TokenEndpoint start(int port, LocalTokens tokens) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        } catch (BindException e) {
            throw new LaunchException("Port " + port + " is already in use, but the local token issuer needs it.");
        } catch (IOException e) {
            throw new LaunchException("The local token issuer could not listen on port " + port + ": " + e.getMessage());
        }
        server.createContext("/token", exchange -> handleToken(exchange, tokens));
        server.createContext("/", TokenEndpoint::handleHelp);
        server.setExecutor(Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "local-token-issuer");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        return new TokenEndpoint(server);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void handleToken(HttpExchange exchange, LocalTokens tokens) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().add("Allow", "GET");
                send(exchange, 405, "Use GET /token?role=<role>[&agency=<agency>][&subject=<subject>]\n");
                return;
            }
            if (!"/token".equals(exchange.getRequestURI().getPath())) {
                send(exchange, 404, "Not found. Use GET /token?role=<role>\n");
                return;
            }
            Map<String, String> query;
            try {
                query = parse(exchange.getRequestURI().getRawQuery());
            } catch (IllegalArgumentException e) {
                send(exchange, 400, "Malformed query string\n");
                return;
            }
            try {
                String token = tokens.issue(query.get("role"), query.get("agency"), query.get("subject"));
                exchange.getResponseHeaders().add("Cache-Control", "no-store");
                send(exchange, 200, token + "\n");
            } catch (IllegalArgumentException e) {
                send(exchange, 400, e.getMessage() + "\n");
            } catch (RuntimeException e) {
                send(exchange, 500, "Could not sign a token: " + LocalStack.rootMessage(e) + "\n");
            }
        }
    }

    private static void handleHelp(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"/".equals(exchange.getRequestURI().getPath())) {
                send(exchange, 404, "Not found. Use GET /token?role=<role>\n");
                return;
            }
            send(exchange, 200, "Local token issuer (local run only).\n"
                    + "GET /token?role=<role>[&agency=<agency>][&subject=<subject>]\n"
                    + "Roles: " + String.join(", ", LocalTokens.ROLES.keySet()) + "\n"
                    + "partner-agency needs agency, for example /token?role=partner-agency&agency=kent-police\n");
        }
    }

    private static Map<String, String> parse(String rawQuery) {
        Map<String, String> values = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return values;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.putIfAbsent(name, value.isEmpty() ? null : value);
        }
        return values;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
