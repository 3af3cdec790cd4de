-- Registry of citizens with the attributes used for stratified selection.
CREATE TABLE citizen (
    id           BIGINT       NOT NULL PRIMARY KEY,
    username     VARCHAR(64)  NOT NULL UNIQUE,
    full_name    VARCHAR(200) NOT NULL,
    region       VARCHAR(64)  NOT NULL,
    age_band     VARCHAR(16)  NOT NULL,
    gender       VARCHAR(16)  NOT NULL,
    education    VARCHAR(32)  NOT NULL,
    household_id VARCHAR(32)  NOT NULL
);
CREATE INDEX ix_citizen_household ON citizen (household_id);

-- Login accounts. Passwords are stored only as bcrypt hashes.
CREATE TABLE account (
    username      VARCHAR(64)  NOT NULL PRIMARY KEY,
    password_hash VARCHAR(100) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    citizen_id    BIGINT       REFERENCES citizen (id),
    roles         VARCHAR(200) NOT NULL
);

-- Spring Modulith event publication registry.
CREATE TABLE event_publication (
    id               UUID          NOT NULL PRIMARY KEY,
    listener_id      VARCHAR(512)  NOT NULL,
    event_type       VARCHAR(512)  NOT NULL,
    serialized_event VARCHAR(4000) NOT NULL,
    publication_date TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date  TIMESTAMP WITH TIME ZONE
);
