-- A calendar subscription lets a calendar application (which cannot send a bearer token) read the iCalendar feed
-- through a secret URL. Only the SHA-256 of the secret is kept: the URL is shown once, when the subscription is made.
CREATE TABLE calendar_subscription (
    id              uuid PRIMARY KEY,
    owner_subject   varchar(200) NOT NULL,
    label           varchar(200) NOT NULL,
    body_id         uuid REFERENCES body (id),
    token_hash      char(64) NOT NULL,
    created_at      timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL,
    revoked_at      timestamptz,
    CONSTRAINT calendar_subscription_token_unique UNIQUE (token_hash),
    CONSTRAINT calendar_subscription_expires_after_created CHECK (expires_at > created_at)
);

CREATE INDEX calendar_subscription_owner ON calendar_subscription (owner_subject, created_at);
