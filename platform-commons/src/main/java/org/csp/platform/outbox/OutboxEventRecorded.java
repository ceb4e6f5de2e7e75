package org.csp.platform.outbox;

/** CDI event fired when a transaction recorded an outbox row; observed after commit to wake the relay. */
public record OutboxEventRecorded(java.util.UUID id) {
}
