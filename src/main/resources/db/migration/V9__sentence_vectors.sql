-- The position classifier's sentence vectors, kept across runs by the SHA-256 of the sentence text and the embedding
-- model's id, so that a sentence embedded once (in a report read again after a change, or repeated across reports) is
-- never embedded again. Components as multiples of 1/4096, two bytes each, Base64 (384 components: 1,024 characters).

CREATE TABLE sentence_vector (
    model_id VARCHAR(100) NOT NULL,
    text_sha256 CHAR(64) NOT NULL,
    vector VARCHAR(4096) NOT NULL,
    PRIMARY KEY (model_id, text_sha256)
);
