-- Two-factor authentication (TOTP, RFC 6238). A secret is pending until its holder confirms it with a code from
-- their authenticator app; recovery codes are stored as SHA-256 hashes and can each be used once.
CREATE TABLE account_two_factor (
    username     VARCHAR(64)              NOT NULL PRIMARY KEY REFERENCES account (username),
    secret       VARCHAR(64)              NOT NULL,
    confirmed_at TIMESTAMP WITH TIME ZONE,
    last_code    VARCHAR(6),
    last_step    BIGINT                   NOT NULL DEFAULT 0
);

CREATE TABLE account_recovery_code (
    username  VARCHAR(64)              NOT NULL REFERENCES account (username),
    code_hash VARCHAR(64)              NOT NULL,
    used_at   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (username, code_hash)
);
