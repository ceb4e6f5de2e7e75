package org.csp.local;

/** A start-up problem the user can fix; its message is one line saying what and how, printed without a stack trace. */
public final class LaunchException extends RuntimeException {

    private final String detail;

    public LaunchException(String message) {
        this(message, null);
    }

    /** {@code detail} (for example the tail of a log) is printed under the message. */
    public LaunchException(String message, String detail) {
        super(message);
        this.detail = detail;
    }

    public String detail() {
        return detail;
    }
}
