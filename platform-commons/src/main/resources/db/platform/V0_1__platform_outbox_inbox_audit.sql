-- Platform tables every service has in its own schema: the transactional outbox, the inbox of
-- processed event ids (idempotent consumers) and the audit trail. Versions below 1 run before the
-- service's own migrations.

CREATE TABLE outbox_event (
    id              uuid PRIMARY KEY,
    position        bigserial NOT NULL UNIQUE,
    aggregate_type  varchar(100) NOT NULL,
    aggregate_id    varchar(100) NOT NULL,
    event_type      varchar(200) NOT NULL,
    subject         varchar(200),
    payload         text NOT NULL,
    actor_subject   varchar(200),
    actor_agency    varchar(100),
    occurred_at     timestamptz NOT NULL,
    sent_at         timestamptz
);
CREATE INDEX outbox_event_pending ON outbox_event (position) WHERE sent_at IS NULL;
CREATE INDEX outbox_event_sent ON outbox_event (sent_at) WHERE sent_at IS NOT NULL;

CREATE TABLE inbox_processed_event (
    consumer      varchar(100) NOT NULL,
    event_id      varchar(200) NOT NULL,
    event_type    varchar(200) NOT NULL,
    processed_at  timestamptz NOT NULL,
    PRIMARY KEY (consumer, event_id)
);

CREATE TABLE audit_entry (
    id             uuid PRIMARY KEY,
    occurred_at    timestamptz NOT NULL,
    actor_subject  varchar(200) NOT NULL,
    actor_agency   varchar(100),
    action         varchar(100) NOT NULL,
    resource_type  varchar(100) NOT NULL,
    resource_id    varchar(100) NOT NULL,
    changes        text
);
CREATE INDEX audit_entry_resource ON audit_entry (resource_type, resource_id, occurred_at);
