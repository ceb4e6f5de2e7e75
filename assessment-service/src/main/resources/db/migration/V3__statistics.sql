-- A named source of statistics (Kent Police, CGL, data.police.uk street-level ...), owned by the agency that first imported it.
CREATE TABLE statistics_source (
    code        varchar(60) PRIMARY KEY,
    agency      varchar(100),
    created_at  timestamptz NOT NULL
);

-- Monthly aggregate counts, maintained at import: trends read these, never incidents.
-- count IS NULL means the figure is unavailable (not zero).
CREATE TABLE monthly_count (
    area_code      varchar(50) NOT NULL REFERENCES area (code),
    source_code    varchar(60) NOT NULL REFERENCES statistics_source (code),
    month          date NOT NULL,
    category_code  varchar(60) NOT NULL REFERENCES crime_category (code),
    count          bigint CHECK (count >= 0),
    vintage        varchar(60) NOT NULL,
    note           varchar(1000),
    import_id      uuid NOT NULL,
    updated_at     timestamptz NOT NULL,
    PRIMARY KEY (area_code, source_code, month, category_code)
);
CREATE INDEX monthly_count_category ON monthly_count (area_code, category_code, month);

-- Notes that qualify figures, for example a change in recording practice from a given month.
CREATE TABLE recording_note (
    id             uuid PRIMARY KEY,
    area_code      varchar(50) NOT NULL REFERENCES area (code),
    source_code    varchar(60) NOT NULL REFERENCES statistics_source (code),
    category_code  varchar(60) REFERENCES crime_category (code),
    from_month     date NOT NULL,
    text           varchar(2000) NOT NULL,
    import_id      uuid NOT NULL,
    CONSTRAINT recording_note_once UNIQUE NULLS NOT DISTINCT (area_code, source_code, category_code, from_month, text)
);

CREATE TABLE statistics_import (
    id              uuid PRIMARY KEY,
    format          varchar(20) NOT NULL,
    mode            varchar(20) NOT NULL,
    area_code       varchar(50) NOT NULL,
    source_code     varchar(60) NOT NULL,
    vintage         varchar(60) NOT NULL,
    agency          varchar(100),
    submitted_by    varchar(200) NOT NULL,
    submitted_at    timestamptz NOT NULL,
    rows_read       int NOT NULL,
    rows_applied    int NOT NULL,
    rows_unchanged  int NOT NULL,
    rows_rejected   int NOT NULL,
    rejections      text NOT NULL
);
CREATE INDEX statistics_import_agency ON statistics_import (agency, submitted_at);

-- Street-level incidents (data.police.uk CSV). The key makes a re-import insert nothing twice.
CREATE TABLE street_incident (
    source_code    varchar(60) NOT NULL,
    incident_key   varchar(100) NOT NULL,
    area_code      varchar(50) NOT NULL,
    month          date NOT NULL,
    category_code  varchar(60) NOT NULL,
    lsoa_code      varchar(20),
    longitude      double precision,
    latitude       double precision,
    location       varchar(300),
    outcome        varchar(200),
    import_id      uuid NOT NULL,
    PRIMARY KEY (source_code, incident_key)
);
