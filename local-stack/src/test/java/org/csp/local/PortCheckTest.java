package org.csp.local;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortCheckTest {

    @Test
    void busyPortIsReportedWithItsNumberAndWhatNeedsIt() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = busy.getLocalPort();

            LaunchException refused = assertThrows(LaunchException.class,
                    () -> PortCheck.requireFree(Map.of(port, "the plan service")));

            assertTrue(refused.getMessage().contains("Port " + port + " is already in use"), refused.getMessage());
            assertTrue(refused.getMessage().contains("the plan service"), refused.getMessage());
        }
    }

    @Test
    void freePortPasses() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }

        assertDoesNotThrow(() -> PortCheck.requireFree(Map.of(port, "the grant service")));
    }
}
