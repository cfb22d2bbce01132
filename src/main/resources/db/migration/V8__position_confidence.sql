-- Positions gain the classifier's confidence (0 to 1; below 0.5 the sentence is also listed for review) and the group a
-- named speaker spoke for ("Egypt, on behalf of the Group of African States": attributed_entity_code EGY, on_behalf_of
-- the group's code). A sentence to review keeps who speaks, so that an analyst's override can make it a position.

ALTER TABLE position_fact ADD COLUMN confidence DECIMAL(3, 2) DEFAULT 1 NOT NULL;
ALTER TABLE position_fact ADD COLUMN on_behalf_of VARCHAR(100) DEFAULT '' NOT NULL;
ALTER TABLE review_sentence ADD COLUMN quantifier VARCHAR(1000) DEFAULT '' NOT NULL;
ALTER TABLE review_sentence ADD COLUMN weight INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE review_sentence ADD COLUMN attributed_entity_code VARCHAR(100) DEFAULT '' NOT NULL;
ALTER TABLE review_sentence ADD COLUMN on_behalf_of VARCHAR(100) DEFAULT '' NOT NULL;
