CREATE TABLE body (
    id              uuid PRIMARY KEY,
    name            varchar(200) NOT NULL,
    kind            varchar(20) NOT NULL,
    acting_as       varchar(200),
    crime_and_disorder_committee boolean NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL,
    version         bigint NOT NULL DEFAULT 0,
    CONSTRAINT body_name_unique UNIQUE (name)
);

CREATE TABLE councillor (
    id              uuid PRIMARY KEY,
    name            varchar(200) NOT NULL,
    ward            varchar(200),
    token_subject   varchar(200),
    term_start      date NOT NULL,
    term_end        date,
    created_at      timestamptz NOT NULL,
    version         bigint NOT NULL DEFAULT 0,
    CONSTRAINT councillor_subject_unique UNIQUE (token_subject)
);

CREATE TABLE membership (
    id              uuid PRIMARY KEY,
    body_id         uuid NOT NULL REFERENCES body (id),
    councillor_id   uuid NOT NULL REFERENCES councillor (id),
    role            varchar(20) NOT NULL,
    starts_on       date NOT NULL,
    ends_on         date
);
CREATE INDEX membership_body ON membership (body_id, councillor_id);

CREATE TABLE officer (
    id              uuid PRIMARY KEY,
    name            varchar(200) NOT NULL,
    job_title       varchar(200) NOT NULL,
    organisation    varchar(200) NOT NULL,
    created_at      timestamptz NOT NULL
);

CREATE TABLE meeting (
    id              uuid PRIMARY KEY,
    body_id         uuid NOT NULL REFERENCES body (id),
    meeting_date    date NOT NULL,
    start_time      time NOT NULL,
    end_time        time,
    location        varchar(300) NOT NULL,
    status          varchar(20) NOT NULL,
    municipal_year  varchar(7) NOT NULL,
    chair_id        uuid REFERENCES councillor (id),
    agenda_published_on date,
    minutes_status  varchar(20) NOT NULL,
    minutes_published_on date,
    minutes_approved_at_meeting_id uuid REFERENCES meeting (id),
    cancellation_reason varchar(1000),
    created_at      timestamptz NOT NULL,
    version         bigint NOT NULL DEFAULT 0
);
CREATE INDEX meeting_body_date ON meeting (body_id, meeting_date);

CREATE TABLE attendance (
    id              uuid PRIMARY KEY,
    meeting_id      uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    kind            varchar(20) NOT NULL,
    councillor_id   uuid REFERENCES councillor (id),
    officer_id      uuid REFERENCES officer (id),
    substitute_for_id uuid REFERENCES councillor (id),
    position        int NOT NULL
);
CREATE INDEX attendance_meeting ON attendance (meeting_id, position);

CREATE TABLE agenda_item (
    id              uuid PRIMARY KEY,
    meeting_id      uuid NOT NULL REFERENCES meeting (id),
    body_id         uuid NOT NULL REFERENCES body (id),
    municipal_year  varchar(7) NOT NULL,
    minute_number   int NOT NULL,
    kind            varchar(30) NOT NULL,
    title           varchar(300) NOT NULL,
    notes           text,
    urgent          boolean NOT NULL DEFAULT false,
    drafted_from_obligation boolean NOT NULL DEFAULT false,
    subject_type    varchar(40),
    subject_id      uuid,
    created_at      timestamptz NOT NULL,
    version         bigint NOT NULL DEFAULT 0,
    CONSTRAINT agenda_item_minute_unique UNIQUE (body_id, municipal_year, minute_number)
);
CREATE INDEX agenda_item_meeting ON agenda_item (meeting_id, minute_number);

CREATE TABLE declared_interest (
    id              uuid PRIMARY KEY,
    item_id         uuid NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
    councillor_id   uuid NOT NULL REFERENCES councillor (id),
    nature          varchar(1000) NOT NULL
);

CREATE TABLE decision (
    id              uuid PRIMARY KEY,
    item_id         uuid NOT NULL REFERENCES agenda_item (id),
    meeting_id      uuid NOT NULL REFERENCES meeting (id),
    body_id         uuid NOT NULL REFERENCES body (id),
    meeting_date    date NOT NULL,
    resolution      text NOT NULL,
    outcome         varchar(20) NOT NULL,
    votes_for       int NOT NULL,
    votes_against   int NOT NULL,
    abstentions     int NOT NULL,
    casting_vote    varchar(10),
    kind            varchar(20) NOT NULL,
    recommended_to_id uuid REFERENCES body (id),
    subject_type    varchar(40) NOT NULL,
    subject_id      uuid,
    action          varchar(20) NOT NULL,
    urgent          boolean NOT NULL DEFAULT false,
    status          varchar(30) NOT NULL,
    exempt_reason   varchar(300),
    referral_deadline date,
    window_closes_at timestamptz,
    effective_at    timestamptz,
    referred_at     timestamptz,
    referred_to     varchar(200),
    recorded_at     timestamptz NOT NULL,
    version         bigint NOT NULL DEFAULT 0,
    CONSTRAINT decision_one_per_item UNIQUE (item_id)
);
CREATE INDEX decision_open_window ON decision (status, window_closes_at);
CREATE INDEX decision_meeting ON decision (meeting_id);

CREATE TABLE member_vote (
    id              uuid PRIMARY KEY,
    decision_id     uuid NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
    councillor_id   uuid NOT NULL REFERENCES councillor (id),
    vote            varchar(10) NOT NULL
);

CREATE TABLE referral (
    id              uuid PRIMARY KEY,
    decision_id     uuid NOT NULL REFERENCES decision (id),
    reasons         text NOT NULL,
    referred_to     varchar(200) NOT NULL,
    submitted_by    varchar(200) NOT NULL,
    submitted_at    timestamptz NOT NULL
);

CREATE TABLE referral_signature (
    referral_id     uuid NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
    councillor_id   uuid NOT NULL REFERENCES councillor (id),
    PRIMARY KEY (referral_id, councillor_id)
);

CREATE TABLE report_path (
    id              uuid PRIMARY KEY,
    title           varchar(300) NOT NULL,
    subject_type    varchar(40) NOT NULL,
    subject_id      uuid,
    final_decision_maker_id uuid NOT NULL REFERENCES body (id),
    created_at      timestamptz NOT NULL,
    version         bigint NOT NULL DEFAULT 0
);

CREATE TABLE report_step (
    id              uuid PRIMARY KEY,
    path_id         uuid NOT NULL REFERENCES report_path (id) ON DELETE CASCADE,
    position        int NOT NULL,
    meeting_id      uuid NOT NULL REFERENCES meeting (id),
    purpose         varchar(20) NOT NULL
);

CREATE TABLE known_subject (
    subject_type    varchar(40) NOT NULL,
    subject_id      uuid NOT NULL,
    title           varchar(300) NOT NULL,
    status          varchar(40),
    updated_at      timestamptz NOT NULL,
    PRIMARY KEY (subject_type, subject_id)
);

CREATE TABLE obligation (
    id              uuid PRIMARY KEY,
    code            varchar(100) NOT NULL,
    description     varchar(1000) NOT NULL,
    due_date        date NOT NULL,
    source_type     varchar(40) NOT NULL,
    source_id       uuid NOT NULL,
    body_id         uuid REFERENCES body (id),
    agenda_item_id  uuid REFERENCES agenda_item (id),
    status          varchar(20) NOT NULL,
    completed_at    timestamptz,
    created_at      timestamptz NOT NULL,
    version         bigint NOT NULL DEFAULT 0,
    CONSTRAINT obligation_unique UNIQUE (source_type, source_id, code)
);
CREATE INDEX obligation_due ON obligation (status, due_date);
