-- An idempotency row names the vote it cast in, so that the close of a secret vote can unlink it: its answer (the
-- receipt) and its request hash (which encodes the option) are blanked, leaving only that the key was used (410 on a
-- replay, like "my receipt"). Rows of the earlier schema do not name their vote, so they are dropped: a client that
-- retries one of them now is answered as a new request (a second ballot is refused or replaces the first, as the
-- vote's rules say).
ALTER TABLE api_idempotency ADD COLUMN vote_id BIGINT;
DELETE FROM api_idempotency;
CREATE INDEX ix_api_idempotency_vote ON api_idempotency (vote_id);
