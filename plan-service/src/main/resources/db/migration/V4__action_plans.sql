-- Yearly action plans per theme: outcome, indicators with their values, measurable actions and their funding.
CREATE TABLE action_plan (
    id              uuid PRIMARY KEY,
    plan_id         uuid NOT NULL REFERENCES community_safety_plan (id),
    theme_id        uuid NOT NULL REFERENCES priority_theme (id),
    financial_year  varchar(7) NOT NULL,
    outcome         text NOT NULL,
    created_at      timestamptz NOT NULL,
    version         bigint NOT NULL DEFAULT 0,
    CONSTRAINT action_plan_one_per_theme_year UNIQUE (theme_id, financial_year)
);

CREATE TABLE indicator (
    id              uuid PRIMARY KEY,
    action_plan_id  uuid NOT NULL REFERENCES action_plan (id),
    name            varchar(300) NOT NULL,
    unit            varchar(50) NOT NULL,
    polarity        varchar(30) NOT NULL,
    baseline        numeric(19, 4) NOT NULL,
    target          numeric(19, 4) NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         bigint NOT NULL DEFAULT 0
);
CREATE INDEX indicator_action_plan ON indicator (action_plan_id, name);

CREATE TABLE indicator_period (
    indicator_id  uuid NOT NULL REFERENCES indicator (id),
    position      int NOT NULL,
    period        varchar(30) NOT NULL,
    PRIMARY KEY (indicator_id, position)
);

CREATE TABLE indicator_value (
    id            uuid PRIMARY KEY,
    indicator_id  uuid NOT NULL REFERENCES indicator (id),
    period        varchar(30) NOT NULL,
    value         numeric(19, 4) NOT NULL,
    note          text,
    recorded_by   varchar(200) NOT NULL,
    recorded_at   timestamptz NOT NULL,
    CONSTRAINT indicator_value_one_per_period UNIQUE (indicator_id, period)
);

CREATE TABLE plan_action (
    id              uuid PRIMARY KEY,
    action_plan_id  uuid NOT NULL REFERENCES action_plan (id),
    plan_id         uuid NOT NULL REFERENCES community_safety_plan (id),
    theme_id        uuid NOT NULL REFERENCES priority_theme (id),
    title           varchar(300) NOT NULL,
    description     text,
    lead_group_id   uuid REFERENCES partnership_group (id),
    lead_agency     varchar(100),
    owner           varchar(200) NOT NULL,
    start_date      date NOT NULL,
    due_date        date NOT NULL,
    status          varchar(20) NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         bigint NOT NULL DEFAULT 0
);
CREATE INDEX plan_action_lists ON plan_action (plan_id, theme_id, due_date);
CREATE INDEX plan_action_agency ON plan_action (lead_agency);

CREATE TABLE plan_action_indicator (
    action_id     uuid NOT NULL REFERENCES plan_action (id),
    indicator_id  uuid NOT NULL REFERENCES indicator (id),
    PRIMARY KEY (action_id, indicator_id)
);

CREATE TABLE action_progress_note (
    id           uuid PRIMARY KEY,
    action_id    uuid NOT NULL REFERENCES plan_action (id),
    note         text NOT NULL,
    from_status  varchar(20),
    to_status    varchar(20),
    author       varchar(200) NOT NULL,
    agency       varchar(100),
    recorded_at  timestamptz NOT NULL
);
CREATE INDEX action_progress_note_action ON action_progress_note (action_id, recorded_at);

CREATE TABLE action_funding (
    id               uuid PRIMARY KEY,
    action_id        uuid NOT NULL REFERENCES plan_action (id),
    bid_id           uuid NOT NULL,
    award_id         uuid,
    financial_year   varchar(7),
    bid_title        varchar(300),
    applicant        varchar(300),
    allocated_pence  bigint NOT NULL CHECK (allocated_pence >= 0),
    updated_at       timestamptz NOT NULL,
    CONSTRAINT action_funding_one_per_bid UNIQUE (action_id, bid_id)
);
CREATE INDEX action_funding_bid ON action_funding (bid_id);
