package org.csp.platform.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A versioned event type. On the wire it is the CloudEvents {@code type}
 * {@code org.csp.<service>.<name>.v<version>}, for example {@code org.csp.assessment.assessment-published.v1}.
 */
public record EventType(String service, String name, int version) {

    private static final Pattern WIRE = Pattern.compile("org\\.csp\\.([a-z-]+)\\.([a-z0-9-]+)\\.v([0-9]{1,4})");

    public EventType {
        if (!service.matches("[a-z-]+") || !name.matches("[a-z0-9-]+") || version < 1) {
            throw new IllegalArgumentException("invalid event type " + service + "/" + name + "/" + version);
        }
    }

    public static EventType of(String service, String name, int version) {
        return new EventType(service, name, version);
    }

    public static EventType parse(String wire) {
        Matcher m = wire == null ? null : WIRE.matcher(wire);
        if (m == null || !m.matches()) {
            throw new PoisonMessageException("unrecognised CloudEvents type '" + wire + "'");
        }
        return new EventType(m.group(1), m.group(2), Integer.parseInt(m.group(3)));
    }

    public String wire() {
        return "org.csp." + service + "." + name + ".v" + version;
    }

    /** The same event type, any version: {@code org.csp.<service>.<name>}. */
    public String family() {
        return "org.csp." + service + "." + name;
    }

    public String dataSchema() {
        return "urn:csp:events:" + service + ":" + name + ":" + version;
    }

    public boolean is(String service, String name) {
        return this.service.equals(service) && this.name.equals(name);
    }

    @Override
    public String toString() {
        return wire();
    }
}
