-- A kind of fact: a released model's benchmark score (benchmark, score and its unit, date, harness, and whether the
-- lab reported it or a third party ran it). Its lab is the model's, kept so that the score is a fact of that lab.
-- Like every kind: its own table, parties by the shared trigger, imaged for time travel, what search reads indexed.

create table benchmark_result (
    id                bigint primary key references fact (id) on delete cascade,
    model_release_id  bigint          not null references model_release (id),
    lab_id            bigint          not null references lab (id),
    benchmark         varchar(100)    not null check (length(btrim(benchmark)) > 0),
    score             numeric(12, 4)  not null,
    score_unit        varchar(30),
    measured_on       date            not null,
    harness           varchar(200),
    verification      varchar(20)     not null check (verification in ('SELF_REPORTED', 'THIRD_PARTY')),
    verified_by       varchar(200),
    check (verification = 'THIRD_PARTY' or verified_by is null),
    unique nulls not distinct (model_release_id, benchmark, harness, measured_on)
);
create index benchmark_result_lab_idx on benchmark_result (lab_id, measured_on desc);
create index benchmark_result_model_idx on benchmark_result (model_release_id);
create index benchmark_result_search_idx on benchmark_result
    using gin (to_tsvector('english', (coalesce(benchmark, '') || ' ' || coalesce(harness, '') || ' ' || coalesce(verified_by, ''))));

create trigger benchmark_result_parties after insert or update or delete on benchmark_result
    for each row execute function sync_fact_parties('lab_id:LAB:lab');
create trigger benchmark_result_row_history after insert or update or delete on benchmark_result
    for each row execute function record_row_history();

create or replace function row_history_tables() returns text[] language sql immutable as $$
    select array['lab', 'person', 'source', 'fact', 'hire', 'funding_round', 'valuation', 'financial_metric', 'compute_deal',
                 'model_release', 'benchmark_result', 'acquisition', 'partnership', 'board_seat', 'data_center', 'capacity_report',
                 'fact_party', 'watch_item', 'citation']
$$;
