package org.csp.platform.events;

/**
 * A message that can never be processed however often it is retried (bad JSON, unknown version,
 * a rule the event breaks). It goes to the dead-letter topic with this message as the reason.
 */
public class PoisonMessageException extends RuntimeException {
    public PoisonMessageException(String reason) {
        super(reason);
    }

    public PoisonMessageException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
