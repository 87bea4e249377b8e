-- A new kind of fact: a model release (lab, date, name, version, modality, access, and where known its parameters
-- and training compute, each a point or a low-high range, reported or estimated). Like every kind: its own table,
-- the second half of a row of fact, its parties kept by the shared trigger, its rows imaged for time travel.

create table model_release (
    id                  bigint primary key references fact (id) on delete cascade,
    lab_id              bigint         not null references lab (id),
    released_on         date           not null,
    name                varchar(200)   not null check (length(btrim(name)) > 0),
    model_version       varchar(100),
    modality            varchar(20)    not null check (modality in ('TEXT', 'IMAGE', 'AUDIO', 'VIDEO', 'MULTIMODAL', 'AGENTIC')),
    access              varchar(20)    not null check (access in ('OPEN_WEIGHTS', 'API', 'PRODUCT_ONLY', 'UNRELEASED')),
    parameters          numeric(30, 0) check (parameters > 0),
    parameters_low      numeric(30, 0) check (parameters_low > 0),
    parameters_high     numeric(30, 0) check (parameters_high > 0),
    training_flop       numeric(40, 0) check (training_flop > 0),
    training_flop_low   numeric(40, 0) check (training_flop_low > 0),
    training_flop_high  numeric(40, 0) check (training_flop_high > 0),
    estimated           boolean        not null default false,
    estimate_method     varchar(1000),
    description         text,
    check (parameters_low is null or parameters_high is null or parameters_low <= parameters_high),
    check (parameters is null or (parameters_low is null or parameters_low <= parameters) and (parameters_high is null or parameters <= parameters_high)),
    check (training_flop_low is null or training_flop_high is null or training_flop_low <= training_flop_high),
    check (training_flop is null or (training_flop_low is null or training_flop_low <= training_flop)
           and (training_flop_high is null or training_flop <= training_flop_high)),
    check (not estimated or estimate_method is not null),
    unique nulls not distinct (lab_id, name, model_version)
);
create index model_release_lab_idx on model_release (lab_id, released_on desc);

create trigger model_release_parties after insert or update or delete on model_release
    for each row execute function sync_fact_parties('lab_id:LAB:lab');
create trigger model_release_row_history after insert or update or delete on model_release
    for each row execute function record_row_history();

create or replace function row_history_tables() returns text[] language sql immutable as $$
    select array['lab', 'person', 'source', 'fact', 'hire', 'funding_round', 'valuation', 'financial_metric', 'compute_deal',
                 'model_release', 'fact_party', 'watch_item', 'citation']
$$;
