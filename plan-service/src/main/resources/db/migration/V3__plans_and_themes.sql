-- Community Safety Plans, their priority themes and cross-cutting themes.
CREATE TABLE community_safety_plan (
    id                       uuid PRIMARY KEY,
    area_code                varchar(50) NOT NULL,
    title                    varchar(300) NOT NULL,
    period_start             date NOT NULL,
    period_end               date NOT NULL,
    status                   varchar(20) NOT NULL,
    replaces_plan_id         uuid REFERENCES community_safety_plan (id),
    superseded_by_plan_id    uuid REFERENCES community_safety_plan (id),
    foreword                 text,
    recommended_decision_id  uuid,
    recommended_on           date,
    adopted_decision_id      uuid,
    adopted_on               date,
    superseded_on            date,
    refresh_required         boolean NOT NULL DEFAULT false,
    created_at               timestamptz NOT NULL,
    version                  bigint NOT NULL DEFAULT 0
);
CREATE INDEX community_safety_plan_area ON community_safety_plan (area_code, status, period_start);

CREATE TABLE plan_cross_cutting_theme (
    plan_id      uuid NOT NULL REFERENCES community_safety_plan (id),
    position     int NOT NULL,
    title        varchar(300) NOT NULL,
    description  text,
    PRIMARY KEY (plan_id, position)
);

CREATE TABLE plan_refresh_reason (
    plan_id   uuid NOT NULL REFERENCES community_safety_plan (id),
    position  int NOT NULL,
    reason    text NOT NULL,
    PRIMARY KEY (plan_id, position)
);

CREATE TABLE priority_theme (
    id              uuid PRIMARY KEY,
    plan_id         uuid NOT NULL REFERENCES community_safety_plan (id),
    position        int NOT NULL,
    title           varchar(300) NOT NULL,
    why_important   text,
    objective       text,
    focus           text,
    lead_group_id   uuid REFERENCES partnership_group (id),
    created_at      timestamptz NOT NULL,
    version         bigint NOT NULL DEFAULT 0
);
CREATE INDEX priority_theme_plan ON priority_theme (plan_id, position);

CREATE TABLE priority_theme_supporting_group (
    theme_id  uuid NOT NULL REFERENCES priority_theme (id) ON DELETE CASCADE,
    group_id  uuid NOT NULL REFERENCES partnership_group (id),
    PRIMARY KEY (theme_id, group_id)
);

CREATE TABLE priority_theme_pcc_priority (
    theme_id  uuid NOT NULL REFERENCES priority_theme (id) ON DELETE CASCADE,
    position  int NOT NULL,
    priority  varchar(300) NOT NULL,
    PRIMARY KEY (theme_id, position)
);

CREATE TABLE priority_theme_evidence (
    theme_id           uuid NOT NULL REFERENCES priority_theme (id) ON DELETE CASCADE,
    position           int NOT NULL,
    recommendation_id  uuid NOT NULL,
    assessment_id      uuid,
    title              varchar(300),
    PRIMARY KEY (theme_id, position)
);

ALTER TABLE priority_proposal ADD COLUMN area_code varchar(50);
ALTER TABLE priority_proposal ADD COLUMN assessment_title varchar(300);
ALTER TABLE priority_proposal ADD COLUMN position int;
ALTER TABLE priority_proposal ADD COLUMN evidence_summary text;
ALTER TABLE priority_proposal ADD COLUMN plan_id uuid REFERENCES community_safety_plan (id);
ALTER TABLE priority_proposal ADD COLUMN theme_id uuid REFERENCES priority_theme (id) ON DELETE SET NULL;
ALTER TABLE priority_proposal ADD COLUMN decided_by varchar(200);
ALTER TABLE priority_proposal ADD COLUMN decided_at timestamptz;
ALTER TABLE priority_proposal ADD COLUMN decision_note text;
CREATE INDEX priority_proposal_plan ON priority_proposal (plan_id, status);
