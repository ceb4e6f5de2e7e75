-- Priorities recommended by a published Strategic Assessment, waiting for an officer's decision.
CREATE TABLE priority_proposal (
    id                  uuid PRIMARY KEY,
    assessment_id       uuid NOT NULL,
    recommendation_id   uuid NOT NULL,
    financial_year      varchar(7) NOT NULL,
    title               varchar(300) NOT NULL,
    rationale           text NOT NULL,
    status              varchar(20) NOT NULL,
    source_event_id     varchar(200) NOT NULL,
    received_at         timestamptz NOT NULL,
    version             bigint NOT NULL DEFAULT 0,
    CONSTRAINT priority_proposal_one_per_recommendation UNIQUE (recommendation_id)
);
CREATE INDEX priority_proposal_status ON priority_proposal (status, received_at);
