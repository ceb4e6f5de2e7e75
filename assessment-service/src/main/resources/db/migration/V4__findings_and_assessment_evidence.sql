CREATE TABLE finding (
    id            uuid PRIMARY KEY,
    area_code     varchar(50) NOT NULL REFERENCES area (code),
    kind          varchar(20) NOT NULL,
    title         varchar(300) NOT NULL,
    summary       varchar(4000) NOT NULL,
    source        varchar(300) NOT NULL,
    observed_on   date NOT NULL,
    location_name varchar(300),
    latitude      double precision,
    longitude     double precision,
    created_at    timestamptz NOT NULL
);
CREATE INDEX finding_area ON finding (area_code, kind, observed_on);

CREATE TABLE finding_measure (
    finding_id  uuid NOT NULL REFERENCES finding (id) ON DELETE CASCADE,
    position    int NOT NULL,
    name        varchar(200) NOT NULL,
    value       numeric(14, 2) NOT NULL,
    unit        varchar(20) NOT NULL,
    PRIMARY KEY (finding_id, position)
);

ALTER TABLE strategic_assessment ADD COLUMN endorsed_at timestamptz;
ALTER TABLE strategic_assessment ADD COLUMN endorsed_by_decision uuid;

CREATE TABLE priority_category (
    priority_id    uuid NOT NULL REFERENCES recommended_priority (id) ON DELETE CASCADE,
    category_code  varchar(60) NOT NULL,
    PRIMARY KEY (priority_id, category_code)
);

CREATE TABLE priority_evidence (
    priority_id  uuid NOT NULL REFERENCES recommended_priority (id) ON DELETE CASCADE,
    position     int NOT NULL,
    kind         varchar(20) NOT NULL,
    ref_id       uuid NOT NULL,
    summary      varchar(500) NOT NULL,
    PRIMARY KEY (priority_id, position)
);

CREATE TABLE pending_data_note (
    assessment_id  uuid NOT NULL REFERENCES strategic_assessment (id) ON DELETE CASCADE,
    position       int NOT NULL,
    text           varchar(1000) NOT NULL,
    PRIMARY KEY (assessment_id, position)
);

CREATE TABLE candidate_priority (
    id              uuid PRIMARY KEY,
    assessment_id   uuid NOT NULL REFERENCES strategic_assessment (id) ON DELETE CASCADE,
    category_code   varchar(60) NOT NULL,
    title           varchar(300) NOT NULL,
    rationale       varchar(4000) NOT NULL,
    trend_id        uuid NOT NULL,
    trend_summary   varchar(500) NOT NULL,
    change_percent  numeric(10, 1),
    status          varchar(20) NOT NULL,
    priority_id     uuid,
    created_at      timestamptz NOT NULL,
    CONSTRAINT candidate_once UNIQUE (assessment_id, trend_id)
);
