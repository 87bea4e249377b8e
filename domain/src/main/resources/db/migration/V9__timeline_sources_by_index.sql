-- The SOURCE branch of lab_event joined a lab's cited sources to source with a hash join, which read all of source
-- (200,000 rows: 70 ms of a 90 ms timeline count for a small lab). A lateral lookup by primary key reads only the
-- lab's sources.
create or replace view lab_event as
    select to_lab_id as lab_id, 'HIRE_IN' as kind, id as fact_id, announced_on as occurred_on, date_precision, created_at
      from hire where to_lab_id is not null
    union all
    select from_lab_id, 'HIRE_OUT', id, announced_on, date_precision, created_at from hire where from_lab_id is not null
    union all
    select lab_id, 'FUNDING_ROUND', id, announced_on, date_precision, created_at from funding_round
    union all
    select lab_id, 'VALUATION', id, as_of, date_precision, created_at from valuation
    union all
    select lab_id, 'FINANCIAL_METRIC', id, reported_on, date_precision, created_at from financial_metric
    union all
    select buyer_lab_id, 'COMPUTE_DEAL', id, announced_on, date_precision, created_at from compute_deal
    union all
    select provider_lab_id, 'COMPUTE_DEAL', id, announced_on, date_precision, created_at from compute_deal
    union all
    select cited.lab_id, 'SOURCE', cited.source_id, s.published_on, 'DAY'::varchar(5), s.created_at
      from (select distinct lab_id, source_id from lab_source) cited
      -- "limit 1" keeps the lookup a lookup: without it the planner flattens it back into the hash join
      cross join lateral (select published_on, created_at from source where id = cited.source_id limit 1) s
     where s.published_on is not null;
