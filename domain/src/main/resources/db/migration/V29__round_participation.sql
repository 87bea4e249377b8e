-- A kind of fact: an investor's part in a funding round (investors are organisations, leading or participating, with
-- the amount where known). It is a fact of the investor and of the lab that raised (kept from the round), on the
-- round's date. Like every kind: its own table, parties by the shared trigger, imaged for time travel.

create table round_participation (
    id                bigint primary key references fact (id) on delete cascade,
    funding_round_id  bigint         not null references funding_round (id),
    investor_lab_id   bigint         not null references lab (id),
    lab_id            bigint         not null references lab (id),
    investor_role     varchar(20)    not null check (investor_role in ('LEAD', 'PARTICIPANT')),
    amount            numeric(20, 2) check (amount > 0),
    amount_low        numeric(20, 2) check (amount_low >= 0),
    amount_high       numeric(20, 2) check (amount_high >= 0),
    announced_on      date           not null,
    check (investor_lab_id <> lab_id),
    check (amount_low is null or amount_high is null or amount_low <= amount_high),
    check (amount is null or (amount_low is null or amount_low <= amount) and (amount_high is null or amount <= amount_high)),
    check (amount is not null or (amount_low is null and amount_high is null)),
    unique (funding_round_id, investor_lab_id)
);
create index round_participation_investor_idx on round_participation (investor_lab_id, announced_on desc);
create index round_participation_round_idx on round_participation (funding_round_id);

create trigger round_participation_parties after insert or update or delete on round_participation
    for each row execute function sync_fact_parties('investor_lab_id:INVESTOR:lab', 'lab_id:LAB:lab');
create trigger round_participation_row_history after insert or update or delete on round_participation
    for each row execute function record_row_history();

create or replace function row_history_tables() returns text[] language sql immutable as $$
    select array['lab', 'person', 'source', 'fact', 'hire', 'funding_round', 'round_participation', 'valuation', 'financial_metric',
                 'compute_deal', 'model_release', 'benchmark_result', 'acquisition', 'partnership', 'board_seat', 'data_center',
                 'capacity_report', 'safety_framework', 'fact_party', 'watch_item', 'citation']
$$;
