package org.csp.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;

/** Refuses to start when a port the local run needs is taken, naming the port and what needs it. */
public final class PortCheck {

    private PortCheck() {
    }

    /** @param needs port → what needs it, in the order to check */
    public static void requireFree(Map<Integer, String> needs) {
        needs.forEach((port, user) -> {
            if (!isFree(port)) {
                throw new LaunchException("Port " + port + " is already in use, but " + user + " needs it. "
                        + "Stop the program listening on it (find it with: ss -ltnp 'sport = :" + port + "'),"
                        + " for example an earlier ./run-local, and try again.");
            }
        });
    }

    /** True when nothing listens on {@code port} on any local address. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // Allows ports in TIME_WAIT from an earlier run, but not one somebody listens on.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
