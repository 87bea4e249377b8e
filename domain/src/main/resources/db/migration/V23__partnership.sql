-- A kind of fact: a partnership or other commercial agreement (not buying compute, which is a compute deal) between
-- two organisations, each in its role, with its type, committed value (a point or a range in the fact's currency),
-- term, exclusivity and where it stands. Like every kind: its own table, its parties kept by the shared trigger, its
-- rows imaged for time travel, and what search reads of it indexed.

create table partnership (
    id                    bigint primary key references fact (id) on delete cascade,
    lab_id                bigint         not null references lab (id),
    lab_role              varchar(20)    not null check (lab_role in ('PROVIDER', 'CUSTOMER', 'DISTRIBUTOR', 'INVESTOR', 'PARTNER')),
    partner_lab_id        bigint         not null references lab (id),
    partner_role          varchar(20)    not null check (partner_role in ('PROVIDER', 'CUSTOMER', 'DISTRIBUTOR', 'INVESTOR', 'PARTNER')),
    agreement_type        varchar(30)    not null check (agreement_type in ('CHIPS', 'POWER', 'DISTRIBUTION', 'RESEARCH',
                                                                             'PRODUCT_INTEGRATION', 'OTHER')),
    announced_on          date           not null,
    starts_on             date,
    ends_on               date,
    committed_value       numeric(20, 2) check (committed_value > 0),
    committed_value_low   numeric(20, 2) check (committed_value_low >= 0),
    committed_value_high  numeric(20, 2) check (committed_value_high >= 0),
    exclusive             boolean,
    deal_status           varchar(20)    not null check (deal_status in ('RUMOURED', 'ANNOUNCED', 'ACTIVE', 'ENDED', 'CANCELLED')),
    description           text,
    check (lab_id <> partner_lab_id),
    check (starts_on is null or ends_on is null or starts_on <= ends_on),
    check (committed_value_low is null or committed_value_high is null or committed_value_low <= committed_value_high),
    check (committed_value is null or (committed_value_low is null or committed_value_low <= committed_value)
           and (committed_value_high is null or committed_value <= committed_value_high)),
    check (committed_value is not null or (committed_value_low is null and committed_value_high is null)),
    unique (lab_id, partner_lab_id, agreement_type, announced_on)
);
create index partnership_lab_idx on partnership (lab_id, announced_on desc);
create index partnership_partner_idx on partnership (partner_lab_id, announced_on desc);
create index partnership_search_idx on partnership using gin (to_tsvector('english', coalesce(description, '')));

create trigger partnership_parties after insert or update or delete on partnership
    for each row execute function sync_fact_parties('lab_id:PARTY:lab', 'partner_lab_id:PARTNER:lab');
create trigger partnership_row_history after insert or update or delete on partnership
    for each row execute function record_row_history();

create or replace function row_history_tables() returns text[] language sql immutable as $$
    select array['lab', 'person', 'source', 'fact', 'hire', 'funding_round', 'valuation', 'financial_metric', 'compute_deal',
                 'model_release', 'acquisition', 'partnership', 'fact_party', 'watch_item', 'citation']
$$;
