-- Positions found in the sentences of a report's summary of deliberations, and sentences that need an analyst's look.

CREATE TABLE position_fact (
    source                 VARCHAR(1000)  NOT NULL,
    seq                    INTEGER        NOT NULL,
    paragraph              INTEGER        NOT NULL,
    sentence_index         INTEGER        NOT NULL,
    sentence               VARCHAR(20000) NOT NULL,
    topic                  VARCHAR(100)   NOT NULL,
    stance                 VARCHAR(20)    NOT NULL,
    quantifier             VARCHAR(1000)  NOT NULL,
    weight                 INTEGER        NOT NULL,
    attributed_entity_code VARCHAR(100)   NOT NULL,
    rule_id                VARCHAR(200)   NOT NULL,
    cue_words              VARCHAR(1000)  NOT NULL,
    PRIMARY KEY (source, seq)
);

CREATE TABLE review_sentence (
    source         VARCHAR(1000)  NOT NULL,
    seq            INTEGER        NOT NULL,
    paragraph      INTEGER        NOT NULL,
    sentence_index INTEGER        NOT NULL,
    sentence       VARCHAR(20000) NOT NULL,
    reason         VARCHAR(200)   NOT NULL,
    PRIMARY KEY (source, seq)
);
