-- Rate limits of the API, per token (or per user signing in with a password), shared by every instance: one row per
-- caller holding its token bucket, serialised by Bucket4j and updated under SELECT ... FOR UPDATE.
create table api_rate_bucket (
    id    varchar(120) primary key,
    state bytea
);
