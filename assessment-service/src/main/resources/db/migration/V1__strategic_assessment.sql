CREATE TABLE strategic_assessment (
    id              uuid PRIMARY KEY,
    area_code       varchar(50) NOT NULL,
    financial_year  varchar(7) NOT NULL,
    title           varchar(300) NOT NULL,
    status          varchar(20) NOT NULL,
    published_at    timestamptz,
    created_at      timestamptz NOT NULL,
    version         bigint NOT NULL DEFAULT 0,
    CONSTRAINT strategic_assessment_one_per_area_year UNIQUE (area_code, financial_year)
);

CREATE TABLE recommended_priority (
    id             uuid PRIMARY KEY,
    assessment_id  uuid NOT NULL REFERENCES strategic_assessment (id) ON DELETE CASCADE,
    position       int NOT NULL,
    title          varchar(300) NOT NULL,
    rationale      text NOT NULL
);
CREATE INDEX recommended_priority_assessment ON recommended_priority (assessment_id, position);
