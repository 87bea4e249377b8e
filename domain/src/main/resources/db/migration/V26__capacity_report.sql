-- A kind of fact: a data center's capacity on a date (its capacity timeline is its reports): stage, IT power in MW,
-- accelerators and H100-equivalents, each a point or a range. Its lab is the center's operator when it was recorded,
-- so that the report is a fact of that lab. Like every kind: its own table, parties by the shared trigger, imaged.

create table capacity_report (
    id                     bigint primary key references fact (id) on delete cascade,
    data_center_id         bigint         not null references data_center (id),
    lab_id                 bigint         not null references lab (id),
    as_of                  date           not null,
    stage                  varchar(20)    not null check (stage in ('PLANNED', 'UNDER_CONSTRUCTION', 'OPERATIONAL', 'DECOMMISSIONED')),
    power_mw               numeric(9, 1)  check (power_mw > 0),
    power_mw_low           numeric(9, 1)  check (power_mw_low > 0),
    power_mw_high          numeric(9, 1)  check (power_mw_high > 0),
    accelerators           numeric(9, 0)  check (accelerators > 0),
    accelerator_type       varchar(100),
    h100_equivalents       numeric(9, 0)  check (h100_equivalents > 0),
    h100_equivalents_low   numeric(9, 0)  check (h100_equivalents_low > 0),
    h100_equivalents_high  numeric(9, 0)  check (h100_equivalents_high > 0),
    check (power_mw_low is null or power_mw_high is null or power_mw_low <= power_mw_high),
    check (power_mw is null or (power_mw_low is null or power_mw_low <= power_mw) and (power_mw_high is null or power_mw <= power_mw_high)),
    check (h100_equivalents_low is null or h100_equivalents_high is null or h100_equivalents_low <= h100_equivalents_high),
    check (h100_equivalents is null or (h100_equivalents_low is null or h100_equivalents_low <= h100_equivalents)
           and (h100_equivalents_high is null or h100_equivalents <= h100_equivalents_high)),
    unique (data_center_id, as_of, stage)
);
create index capacity_report_center_idx on capacity_report (data_center_id, as_of desc);
create index capacity_report_lab_idx on capacity_report (lab_id, as_of desc);

create trigger capacity_report_parties after insert or update or delete on capacity_report
    for each row execute function sync_fact_parties('lab_id:OPERATOR:lab');
create trigger capacity_report_row_history after insert or update or delete on capacity_report
    for each row execute function record_row_history();

create or replace function row_history_tables() returns text[] language sql immutable as $$
    select array['lab', 'person', 'source', 'fact', 'hire', 'funding_round', 'valuation', 'financial_metric', 'compute_deal',
                 'model_release', 'acquisition', 'partnership', 'board_seat', 'data_center', 'capacity_report', 'fact_party',
                 'watch_item', 'citation']
$$;
