-- The public register of decisions: what anyone can read without logging in, with the signed minutes.
CREATE TABLE register_entry (
    case_id         BIGINT        NOT NULL PRIMARY KEY,
    document_id     VARCHAR(64)   NOT NULL UNIQUE,
    title           VARCHAR(200)  NOT NULL,
    topic           VARCHAR(100)  NOT NULL,
    region          VARCHAR(64)   NOT NULL,
    outcome         VARCHAR(400)  NOT NULL,
    summary         VARCHAR(4000) NOT NULL,
    published_by    VARCHAR(64)   NOT NULL,
    published_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    minutes_sha256  VARCHAR(64)   NOT NULL,
    development_key BOOLEAN       NOT NULL,
    minutes_pdf     BYTEA         NOT NULL
);
