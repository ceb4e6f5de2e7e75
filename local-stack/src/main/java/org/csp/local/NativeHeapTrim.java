package org.csp.local;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * glibc keeps the native memory a JVM frees (the JIT compilers' arenas, start-up work) for reuse instead of giving
 * it back: about 13 MB of a service's idle RSS. JDK 17.0.9 and later trim it periodically when asked; on an older
 * JDK the option is unknown and would stop the JVM from starting, so it is passed only where this JVM (which
 * also runs the services) knows it.
 */
final class NativeHeapTrim {

    /** Milliseconds between trims; a trim with nothing to give back costs microseconds. */
    static final String OPTION = "-XX:TrimNativeHeapInterval=5000";

    private NativeHeapTrim() {
    }

    static List<String> jvmOptions() {
        return supported() ? List.of(OPTION) : List.of();
    }

    static boolean supported() {
        try {
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).getVMOption("TrimNativeHeapInterval");
            return true;
        } catch (IllegalArgumentException unknownOption) {
            return false;
        }
    }
}
