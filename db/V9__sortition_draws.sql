-- What is published about each draw so that anyone can re-run it (issue 3): the size of the invitation lottery,
-- digests of the pool snapshot, the quota table, the probability table and the lottery, the lowest selection
-- probability, and the lottery itself (panels as counts per type of interchangeable people, with probabilities).
ALTER TABLE jury_panel ADD COLUMN invited_count INTEGER;
ALTER TABLE jury_panel ADD COLUMN pool_sha256 VARCHAR(64);
ALTER TABLE jury_panel ADD COLUMN quotas_sha256 VARCHAR(64);
ALTER TABLE jury_panel ADD COLUMN probabilities_sha256 VARCHAR(64);
ALTER TABLE jury_panel ADD COLUMN lottery_sha256 VARCHAR(64);
ALTER TABLE jury_panel ADD COLUMN min_probability DOUBLE PRECISION;
ALTER TABLE jury_panel ADD COLUMN draw_seconds DOUBLE PRECISION;

CREATE TABLE jury_panel_lottery (
    panel_id     BIGINT          NOT NULL PRIMARY KEY REFERENCES jury_panel (id),
    lottery_json VARCHAR(8000000) NOT NULL
);
