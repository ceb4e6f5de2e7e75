package org.csp.platform.events;

/** Kafka header names of the CloudEvents 1.0 Kafka protocol binding (binary content mode). */
public final class CloudEventHeaders {
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String DATA_SCHEMA = "ce_dataschema";
    public static final String CONTENT_TYPE = "content-type";
    /** Extension attributes: who acted, so responsibility can be followed across services. */
    public static final String ACTOR = "ce_actor";
    public static final String ACTOR_AGENCY = "ce_actoragency";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }
}
