-- The ETag of the first answer to an Idempotency-Key, so that a retry gets the same headers as the body it replays.
ALTER TABLE referral_idempotency ADD COLUMN response_etag varchar(40);
