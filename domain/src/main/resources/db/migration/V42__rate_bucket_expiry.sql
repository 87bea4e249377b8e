-- A rate-limit bucket expires a minute after it would be full again (Bucket4j writes the moment, in epoch
-- milliseconds), and a scheduled job deletes the expired ones: without it the table kept a row for every token and
-- user that ever called the API.
alter table api_rate_bucket add column expires_at bigint;
create index api_rate_bucket_expires_at on api_rate_bucket (expires_at);
