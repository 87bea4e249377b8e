-- A kind of fact: a version of a lab's safety framework (a responsible-scaling policy, a preparedness framework) from
-- the day it took effect, with its capability thresholds, commitments, external commitments and the version it
-- replaces. Like every kind: its own table, parties by the shared trigger, imaged for time travel, searched by index.

create table safety_framework (
    id                    bigint primary key references fact (id) on delete cascade,
    lab_id                bigint        not null references lab (id),
    name                  varchar(200)  not null check (length(btrim(name)) > 0),
    framework_version     varchar(50)   not null check (length(btrim(framework_version)) > 0),
    effective_on          date          not null,
    previous_id           bigint        references safety_framework (id),
    thresholds            text,
    commitments           text,
    external_commitments  text,
    check (previous_id is null or previous_id <> id),
    unique (lab_id, name, framework_version)
);
create index safety_framework_lab_idx on safety_framework (lab_id, effective_on desc);
create index safety_framework_search_idx on safety_framework using gin (to_tsvector('english',
    (coalesce(name, '') || ' ' || coalesce(thresholds, '') || ' ' || coalesce(commitments, '') || ' ' || coalesce(external_commitments, ''))));

create trigger safety_framework_parties after insert or update or delete on safety_framework
    for each row execute function sync_fact_parties('lab_id:LAB:lab');
create trigger safety_framework_row_history after insert or update or delete on safety_framework
    for each row execute function record_row_history();

create or replace function row_history_tables() returns text[] language sql immutable as $$
    select array['lab', 'person', 'source', 'fact', 'hire', 'funding_round', 'valuation', 'financial_metric', 'compute_deal',
                 'model_release', 'benchmark_result', 'acquisition', 'partnership', 'board_seat', 'data_center', 'capacity_report',
                 'safety_framework', 'fact_party', 'watch_item', 'citation']
$$;
