-- An import too large to answer within one request runs as a job: this row is what its page and GET
-- /api/import-jobs/{id} read while it runs (progress, written in a transaction of its own) and after (the result, or
-- every row's errors). The import itself is one transaction, all or nothing, as a small import is.
-- result and errors are json, not jsonb: kept as written, the sections in import order.
create table import_job (
    id          bigint generated always as identity primary key,
    state       text        not null check (state in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    dry_run     boolean     not null,
    on_conflict text        not null,
    rows_total  integer     not null check (rows_total >= 0),
    rows_done   integer     not null default 0 check (rows_done >= 0),
    result      json,
    errors      json,
    message     text,
    started_by  text        not null,
    started_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    finished_at timestamptz
);

