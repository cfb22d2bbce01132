-- Facts read from the inputs. Every row carries the input it came from (kind, source), so that a changed input's
-- facts are replaced and a removed input's facts retired as a whole. Portable SQL: runs on HSQLDB and PostgreSQL.

CREATE TABLE input_document (
    kind        VARCHAR(40)   NOT NULL,
    source      VARCHAR(1000) NOT NULL,
    sha256      CHAR(64)      NOT NULL,
    fingerprint VARCHAR(64)   NOT NULL,
    rejected    BOOLEAN       NOT NULL,
    PRIMARY KEY (kind, source)
);

CREATE TABLE meeting_report (
    source            VARCHAR(1000) NOT NULL PRIMARY KEY,
    meeting_id        VARCHAR(400)  NOT NULL,
    body              VARCHAR(300),
    session_number    INTEGER,
    report_symbol     VARCHAR(300),
    report_status     VARCHAR(40)   NOT NULL,
    job_number        VARCHAR(40),
    start_date        DATE,
    end_date          DATE,
    dates_provisional BOOLEAN       NOT NULL,
    venue             VARCHAR(300)
);

CREATE TABLE report_paragraph (
    source           VARCHAR(1000)   NOT NULL,
    paragraph_number INTEGER         NOT NULL,
    chapter_heading  VARCHAR(1000),
    section_heading  VARCHAR(1000),
    agenda_item      VARCHAR(40),
    paragraph_text   VARCHAR(200000) NOT NULL,
    PRIMARY KEY (source, paragraph_number)
);

CREATE TABLE agenda_item (
    source      VARCHAR(1000) NOT NULL,
    seq         INTEGER       NOT NULL,
    item_number VARCHAR(40)   NOT NULL,
    title       VARCHAR(2000) NOT NULL,
    PRIMARY KEY (source, seq)
);

CREATE TABLE attendance_count (
    source      VARCHAR(1000) NOT NULL,
    category    VARCHAR(40)   NOT NULL,
    paragraph   INTEGER       NOT NULL,
    count_value INTEGER       NOT NULL,
    provisional BOOLEAN       NOT NULL,
    PRIMARY KEY (source, category)
);

CREATE TABLE participation (
    source          VARCHAR(1000) NOT NULL,
    seq             INTEGER       NOT NULL,
    paragraph       INTEGER       NOT NULL,
    role            VARCHAR(40)   NOT NULL,
    entity_code     VARCHAR(100)  NOT NULL,
    entity_name     VARCHAR(1000) NOT NULL,
    entity_type     VARCHAR(40)   NOT NULL,
    regional_group  VARCHAR(100)  NOT NULL,
    name_as_written VARCHAR(2000) NOT NULL,
    person          VARCHAR(500)  NOT NULL,
    on_behalf_of    VARCHAR(1000) NOT NULL,
    category        VARCHAR(40),
    provisional     BOOLEAN       NOT NULL,
    PRIMARY KEY (source, seq)
);

CREATE TABLE data_quality (
    kind      VARCHAR(40)   NOT NULL,
    source    VARCHAR(1000) NOT NULL,
    seq       INTEGER       NOT NULL,
    location  VARCHAR(200)  NOT NULL,
    severity  VARCHAR(20)   NOT NULL,
    code      VARCHAR(60)   NOT NULL,
    message   VARCHAR(4000) NOT NULL,
    PRIMARY KEY (kind, source, seq)
);
