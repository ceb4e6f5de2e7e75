package org.csp.local;

import java.nio.file.Path;

/**
 * Sends the embedded PostgreSQL's and Kafka's own logging (SLF4J, simple provider) to a file, so the console
 * shows only the launcher's messages. Must run before any of their classes log.
 */
final class InfrastructureLogging {

    private InfrastructureLogging() {
    }

    static void configure(Path logFile) {
        setIfAbsent("org.slf4j.simpleLogger.logFile", logFile.toString());
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "info");
        setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
        setIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd HH:mm:ss.SSS");
        // The broker is very chatty at INFO.
        setIfAbsent("org.slf4j.simpleLogger.log.org.apache.kafka", "warn");
        setIfAbsent("org.slf4j.simpleLogger.log.kafka", "warn");
        setIfAbsent("org.slf4j.simpleLogger.log.state.change.logger", "warn");
        setIfAbsent("org.jboss.logging.provider", "slf4j");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
