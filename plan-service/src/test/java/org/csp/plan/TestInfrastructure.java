package org.csp.plan;

import io.quarkus.test.common.QuarkusTestResource;
import org.csp.platform.testing.PlatformTestResource;

/** Every test in this module runs against the embedded PostgreSQL and Kafka (one of each per test JVM). */
@QuarkusTestResource(PlatformTestResource.class)
public class TestInfrastructure {
}
