-- Awards of the PCC Community Safety Grant. Balances are kept on the award row, which every change of
-- money locks, and the checks below hold them even if code went wrong.
CREATE TABLE grant_award (
    id                  uuid PRIMARY KEY,
    funder              varchar(200) NOT NULL,
    recipient           varchar(200) NOT NULL,
    financial_year      varchar(7) NOT NULL,
    amount_pence        bigint NOT NULL,
    tactical_pot_pence  bigint NOT NULL,
    allocated_pence     bigint NOT NULL DEFAULT 0,
    drawn_pence         bigint NOT NULL DEFAULT 0,
    conditions          text,
    created_at          timestamptz NOT NULL,
    created_by          varchar(200) NOT NULL,
    version             bigint NOT NULL DEFAULT 0,
    CONSTRAINT grant_award_one_per_year UNIQUE (funder, recipient, financial_year),
    CONSTRAINT grant_award_amounts_not_negative CHECK (amount_pence >= 0 AND tactical_pot_pence >= 0
        AND allocated_pence >= 0 AND drawn_pence >= 0),
    CONSTRAINT grant_award_allocations_within_award CHECK (allocated_pence + tactical_pot_pence <= amount_pence),
    CONSTRAINT grant_award_draws_within_pot CHECK (drawn_pence <= tactical_pot_pence)
);
CREATE INDEX grant_award_year ON grant_award (financial_year);

CREATE TABLE award_obligation (
    award_id     uuid NOT NULL REFERENCES grant_award (id) ON DELETE CASCADE,
    position     int NOT NULL,
    code         varchar(100) NOT NULL,
    description  varchar(1000) NOT NULL,
    due_date     date NOT NULL,
    PRIMARY KEY (award_id, position)
);

CREATE TABLE tactical_draw (
    id            uuid PRIMARY KEY,
    award_id      uuid NOT NULL REFERENCES grant_award (id),
    amount_pence  bigint NOT NULL CHECK (amount_pence > 0),
    reason        varchar(2000) NOT NULL,
    approved_by   varchar(200) NOT NULL,
    drawn_at      timestamptz NOT NULL,
    drawn_by      varchar(200) NOT NULL
);
CREATE INDEX tactical_draw_award ON tactical_draw (award_id, drawn_at);

-- Read model of the current adopted plan's priorities (from plan-service's priorities-changed events).
CREATE TABLE plan_priority (
    priority_id  uuid PRIMARY KEY,
    plan_id      uuid NOT NULL,
    plan_title   varchar(500),
    title        varchar(1000) NOT NULL,
    current      boolean NOT NULL,
    updated_at   timestamptz NOT NULL
);
CREATE INDEX plan_priority_plan ON plan_priority (plan_id);

CREATE TABLE grant_bid (
    id                       uuid PRIMARY KEY,
    award_id                 uuid NOT NULL REFERENCES grant_award (id),
    financial_year           varchar(7) NOT NULL,
    title                    varchar(300) NOT NULL,
    description              varchar(5000) NOT NULL,
    applicant_type           varchar(20) NOT NULL,
    applicant                varchar(100) NOT NULL,
    applicant_name           varchar(200) NOT NULL,
    owner_agency             varchar(100),
    amount_requested_pence   bigint NOT NULL CHECK (amount_requested_pence > 0),
    allocated_pence          bigint NOT NULL DEFAULT 0 CHECK (allocated_pence >= 0),
    paid_pence               bigint NOT NULL DEFAULT 0 CHECK (paid_pence >= 0),
    expected_outcomes        varchar(5000) NOT NULL,
    delivery_start           date NOT NULL,
    delivery_end             date NOT NULL,
    status                   varchar(20) NOT NULL,
    sift_outcome             varchar(20),
    sift_reason              varchar(2000),
    approved_on              date,
    created_at               timestamptz NOT NULL,
    created_by               varchar(200) NOT NULL,
    version                  bigint NOT NULL DEFAULT 0,
    CONSTRAINT grant_bid_paid_within_allocation CHECK (paid_pence <= allocated_pence)
);
CREATE INDEX grant_bid_award ON grant_bid (award_id, created_at);
CREATE INDEX grant_bid_year_status ON grant_bid (financial_year, status);

CREATE TABLE bid_plan_priority (
    bid_id       uuid NOT NULL REFERENCES grant_bid (id) ON DELETE CASCADE,
    priority_id  uuid NOT NULL,
    PRIMARY KEY (bid_id, priority_id)
);
CREATE INDEX bid_plan_priority_priority ON bid_plan_priority (priority_id);

CREATE TABLE bid_pcc_priority (
    bid_id        uuid NOT NULL REFERENCES grant_bid (id) ON DELETE CASCADE,
    pcc_priority  varchar(300) NOT NULL,
    PRIMARY KEY (bid_id, pcc_priority)
);

CREATE TABLE bid_plan_action (
    bid_id     uuid NOT NULL REFERENCES grant_bid (id) ON DELETE CASCADE,
    action_id  uuid NOT NULL,
    PRIMARY KEY (bid_id, action_id)
);

CREATE TABLE bid_transition (
    id             uuid PRIMARY KEY,
    bid_id         uuid NOT NULL REFERENCES grant_bid (id) ON DELETE CASCADE,
    from_status    varchar(20),
    to_status      varchar(20) NOT NULL,
    reason         varchar(2100),
    actor_subject  varchar(200) NOT NULL,
    actor_agency   varchar(100),
    occurred_at    timestamptz NOT NULL
);
CREATE INDEX bid_transition_bid ON bid_transition (bid_id, occurred_at);

CREATE TABLE bid_payment (
    id            uuid PRIMARY KEY,
    bid_id        uuid NOT NULL REFERENCES grant_bid (id),
    amount_pence  bigint NOT NULL CHECK (amount_pence > 0),
    paid_on       date NOT NULL,
    reference     varchar(100) NOT NULL,
    recorded_at   timestamptz NOT NULL,
    recorded_by   varchar(200) NOT NULL
);
CREATE INDEX bid_payment_bid ON bid_payment (bid_id, paid_on);

CREATE TABLE bid_progress_report (
    id                 uuid PRIMARY KEY,
    bid_id             uuid NOT NULL REFERENCES grant_bid (id),
    reported_on        date NOT NULL,
    summary            varchar(5000) NOT NULL,
    outcomes_achieved  varchar(5000),
    rag                varchar(10) NOT NULL,
    recorded_at        timestamptz NOT NULL,
    recorded_by        varchar(200) NOT NULL
);
CREATE INDEX bid_progress_report_bid ON bid_progress_report (bid_id, reported_on);
