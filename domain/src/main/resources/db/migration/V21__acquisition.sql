-- A kind of fact: an acquisition (acquirer, target, announced and closed dates, where the deal stands, the price as a
-- point or a range in the fact's currency, what was paid in, the stake bought, whether it was an acqui-hire). Like
-- every kind: its own table, the second half of a row of fact, its parties kept by the shared trigger, its rows
-- imaged for time travel, and what search reads of it indexed.

create table acquisition (
    id               bigint primary key references fact (id) on delete cascade,
    acquirer_lab_id  bigint         not null references lab (id),
    target_lab_id    bigint         not null references lab (id),
    announced_on     date           not null,
    closed_on        date,
    deal_status      varchar(20)    not null check (deal_status in ('RUMOURED', 'ANNOUNCED', 'CLOSED', 'CANCELLED')),
    price            numeric(20, 2) check (price > 0),
    price_low        numeric(20, 2) check (price_low >= 0),
    price_high       numeric(20, 2) check (price_high >= 0),
    consideration    varchar(200),
    stake_percent    numeric(5, 2)  check (stake_percent > 0 and stake_percent <= 100),
    acqui_hire       boolean        not null default false,
    description      text,
    check (acquirer_lab_id <> target_lab_id),
    check (closed_on is null or closed_on >= announced_on),
    check (closed_on is null or deal_status = 'CLOSED'),
    check (price_low is null or price_high is null or price_low <= price_high),
    check (price is null or (price_low is null or price_low <= price) and (price_high is null or price <= price_high)),
    check (price is not null or (price_low is null and price_high is null)),
    unique (acquirer_lab_id, target_lab_id, announced_on)
);
create index acquisition_acquirer_idx on acquisition (acquirer_lab_id, announced_on desc);
create index acquisition_target_idx on acquisition (target_lab_id, announced_on desc);
create index acquisition_search_idx on acquisition
    using gin (to_tsvector('english', (coalesce(description, '') || ' ' || coalesce(consideration, ''))));

create trigger acquisition_parties after insert or update or delete on acquisition
    for each row execute function sync_fact_parties('acquirer_lab_id:ACQUIRER:lab', 'target_lab_id:TARGET:lab');
create trigger acquisition_row_history after insert or update or delete on acquisition
    for each row execute function record_row_history();

create or replace function row_history_tables() returns text[] language sql immutable as $$
    select array['lab', 'person', 'source', 'fact', 'hire', 'funding_round', 'valuation', 'financial_metric', 'compute_deal',
                 'model_release', 'acquisition', 'fact_party', 'watch_item', 'citation']
$$;
