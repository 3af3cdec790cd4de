-- RFC 3161 countersignatures of the audit ledger's head: at least daily, when a timestamp authority is configured,
-- the head hash is timestamped by the authority, so a rewrite of the whole chain after that day is detectable. The
-- token (DER, base64) is over SHA-256 of the head hash as its 64 hexadecimal characters.
CREATE TABLE ledger_timestamp (
    seq        BIGINT                   NOT NULL PRIMARY KEY,
    entry_hash VARCHAR(64)              NOT NULL,
    authority  VARCHAR(500)             NOT NULL,
    token      VARCHAR(40000)           NOT NULL,
    stamped_at TIMESTAMP WITH TIME ZONE NOT NULL
);
