-- Timeline SOURCE rows without deduplicating every citation of the database: lab_source keeps duplicates (UNION ALL)
-- so a lab filter reaches each arm's index, and the SOURCE branch of lab_event dedupes only that lab's rows.
create or replace view lab_source as
    select c.source_id, c.lab_id from citation c where c.lab_id is not null
    union all select c.source_id, h.to_lab_id from citation c join hire h on h.id = c.hire_id where h.to_lab_id is not null
    union all select c.source_id, h.from_lab_id from citation c join hire h on h.id = c.hire_id where h.from_lab_id is not null
    union all select c.source_id, r.lab_id from citation c join funding_round r on r.id = c.funding_round_id
    union all select c.source_id, v.lab_id from citation c join valuation v on v.id = c.valuation_id
    union all select c.source_id, m.lab_id from citation c join financial_metric m on m.id = c.financial_metric_id
    union all select c.source_id, d.buyer_lab_id from citation c join compute_deal d on d.id = c.compute_deal_id
    union all select c.source_id, d.provider_lab_id from citation c join compute_deal d on d.id = c.compute_deal_id
    union all select c.source_id, w.lab_id from citation c join watch_item w on w.id = c.watch_item_id where w.lab_id is not null;

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
      from (select distinct lab_id, source_id from lab_source) cited join source s on s.id = cited.source_id
     where s.published_on is not null;
