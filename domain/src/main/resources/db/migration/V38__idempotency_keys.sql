-- The answers to POSTs sent with an Idempotency-Key, for 24 hours: a client that retries (a timeout, a lost answer)
-- gets the first answer again instead of a second record, on whichever instance the retry lands. status is null while
-- the first request runs.
create table idempotency_key (
    principal  varchar(200)  not null,
    key        varchar(200)  not null,
    request    char(64)      not null,
    status     integer,
    headers    jsonb,
    body       bytea,
    created_at timestamptz   not null default now(),
    primary key (principal, key)
);

create index idempotency_key_created_idx on idempotency_key (created_at);
