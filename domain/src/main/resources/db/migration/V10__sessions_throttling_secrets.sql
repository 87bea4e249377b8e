-- Sessions that can be ended: a session cookie names the epoch of its user; bumping the epoch (sign-out, password
-- or role change, disabling) ends every session of that user on every instance.
alter table app_user add column session_epoch integer not null default 0;
alter table app_user add column enabled boolean not null default true;
-- Lock-out moved to sign_in_throttle (per account and per client address, counted atomically).
alter table app_user drop column failed_logins;
alter table app_user drop column locked_until;

-- Failed sign-ins per key ('user:<name>' or 'address:<ip>'). One row per key, updated by a single upsert per
-- attempt, so parallel tries and several instances count together. blocked_until grows with each failure past the
-- free ones; last_refused says whether the latest attempt arrived while blocked.
create table sign_in_throttle (
    key             varchar(120) primary key,
    failures        integer      not null check (failures >= 0),
    last_failure_at timestamptz  not null,
    blocked_until   timestamptz,
    last_refused    boolean      not null default false
);

-- Secrets Labwatch makes itself (demo mode only: random signing keys made at the first start, shared by every
-- instance on this database). Production keys come from the environment and are never stored here.
create table app_secret (
    name       varchar(60) primary key,
    value      text        not null,
    created_at timestamptz not null default now()
);
