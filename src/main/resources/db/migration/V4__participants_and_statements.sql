-- Lists of participants (one row per person; the names are personal data, exported only to output/restricted/) and
-- individual statements (one row per statement; their positions go to position_fact with paragraph = line).
CREATE TABLE delegate (
    source                VARCHAR(1000) NOT NULL,
    line                  INTEGER       NOT NULL,
    meeting_symbol        VARCHAR(300)  NOT NULL,
    delegation_as_written VARCHAR(1000) NOT NULL,
    entity_code           VARCHAR(100)  NOT NULL,
    entity_name           VARCHAR(1000) NOT NULL,
    entity_type           VARCHAR(40)   NOT NULL,
    regional_group        VARCHAR(100)  NOT NULL,
    delegation_type       VARCHAR(200)  NOT NULL,
    title                 VARCHAR(200)  NOT NULL,
    first_name            VARCHAR(300)  NOT NULL,
    last_name             VARCHAR(300)  NOT NULL,
    position_title        VARCHAR(1000) NOT NULL,
    gender                VARCHAR(20)   NOT NULL,
    head_of_delegation    BOOLEAN       NOT NULL,
    checked_in            BOOLEAN,
    PRIMARY KEY (source, line)
);

CREATE TABLE statement_row (
    source             VARCHAR(1000) NOT NULL,
    line               INTEGER       NOT NULL,
    meeting_symbol     VARCHAR(300)  NOT NULL,
    speaker_as_written VARCHAR(1000) NOT NULL,
    speaker_code       VARCHAR(100)  NOT NULL,
    speaker_name       VARCHAR(1000) NOT NULL,
    speaker_type       VARCHAR(40)   NOT NULL,
    speaker_group      VARCHAR(100)  NOT NULL,
    behalf_code        VARCHAR(100)  NOT NULL,
    behalf_name        VARCHAR(1000) NOT NULL,
    behalf_type        VARCHAR(40)   NOT NULL,
    PRIMARY KEY (source, line)
);
