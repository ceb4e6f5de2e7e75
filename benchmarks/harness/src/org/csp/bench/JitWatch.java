package org.csp.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a service's JIT compilers have worked so far, from the JVM's own counters ({@code jcmd <pid>
 * PerfCounter.print}: {@code java.ci.totalTime} in ticks of {@code sun.os.hrt.frequency}). The read step warms an
 * endpoint up until the compilers fall quiet: on two cores a service's single C2 thread competes with the load, and
 * the framework's paths kept it busy for a minute or more (runs of 2026-11-26 18:20: a GET went from 600 to
 * 6,000 req/s over 70 s of load while the compilers worked 5 s in every 5 s).
 */
final class JitWatch {
    private static final Pattern TOTAL = Pattern.compile("(?m)^java\\.ci\\.totalTime=(\\d+)");
    private static final Pattern FREQUENCY = Pattern.compile("(?m)^sun\\.os\\.hrt\\.frequency=(\\d+)");

    private final Map<String, Long> pids;
    private final String jcmd;

    JitWatch(Map<String, Long> pids) {
        this.pids = pids;
        this.jcmd = Path.of(ProcessHandle.current().info().command().orElse("java")).resolveSibling("jcmd").toString();
    }

    Long pid(String service) {
        return pids.get(service);
    }

    /** Milliseconds the service's JIT compilers have worked since it started; negative when it cannot be read. */
    double compileMillis(String service) {
        Long pid = pids.get(service);
        if (pid == null) {
            return -1;
        }
        try {
            Process p = new ProcessBuilder(jcmd, String.valueOf(pid), "PerfCounter.print").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor();
            Matcher total = TOTAL.matcher(out);
            Matcher frequency = FREQUENCY.matcher(out);
            if (!total.find() || !frequency.find()) {
                return -1;
            }
            return Double.parseDouble(total.group(1)) * 1000 / Double.parseDouble(frequency.group(1));
        } catch (Exception e) {
            return -1;
        }
    }
}
