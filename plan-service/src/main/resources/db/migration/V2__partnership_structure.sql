-- The partnership's groups (executive, unit, sub-groups, working groups, linked boards) and their member agencies.
CREATE TABLE partnership_group (
    id            uuid PRIMARY KEY,
    code          varchar(60) NOT NULL,
    name          varchar(200) NOT NULL,
    kind          varchar(40) NOT NULL,
    parent_id     uuid REFERENCES partnership_group (id),
    description   text,
    chair         varchar(200),
    meets         varchar(200),
    created_at    timestamptz NOT NULL,
    version       bigint NOT NULL DEFAULT 0,
    CONSTRAINT partnership_group_code UNIQUE (code)
);
CREATE INDEX partnership_group_kind ON partnership_group (kind, name);

CREATE TABLE partnership_group_agency (
    group_id  uuid NOT NULL REFERENCES partnership_group (id),
    agency    varchar(100) NOT NULL,
    PRIMARY KEY (group_id, agency)
);

-- What each sub-group owes the partnership every year (seed: annual action plan, resources, funding, equalities).
CREATE TABLE group_duty (
    id              uuid PRIMARY KEY,
    group_id        uuid NOT NULL REFERENCES partnership_group (id),
    financial_year  varchar(7) NOT NULL,
    kind            varchar(40) NOT NULL,
    status          varchar(20) NOT NULL,
    due_date        date,
    notes           text,
    updated_at      timestamptz NOT NULL,
    version         bigint NOT NULL DEFAULT 0,
    CONSTRAINT group_duty_once_a_year UNIQUE (group_id, financial_year, kind)
);
