-- A fact's lifecycle: current, or superseded by a later fact (which it names), denied or retracted (with a reason).
-- A fact that is not current drops out of current views (profiles, lists, briefs) and stays in its history, in time
-- travel and on its timeline. Every stored fact is current.
alter table fact add column status varchar(12) not null default 'CURRENT'
    check (status in ('CURRENT', 'SUPERSEDED', 'DENIED', 'RETRACTED'));
alter table fact add column status_reason text check (length(status_reason) <= 2000);
-- A successor cannot be deleted through Labwatch while a fact names it (EntityService); "set null" only keeps a
-- database-level delete from failing.
alter table fact add column superseded_by_id bigint references fact (id) on delete set null
    check (superseded_by_id <> id);
alter table fact add constraint fact_successor_only_when_superseded check (superseded_by_id is null or status = 'SUPERSEDED');
alter table fact add constraint fact_reason_only_when_not_current check (status_reason is null or status <> 'CURRENT');
-- "what this fact supersedes": the other direction of the link, read for a page of timeline entries at once
create index fact_superseded_by_idx on fact (superseded_by_id) where superseded_by_id is not null;

-- The past as time travel rebuilds it: images of fact rows written before this change hold no status; they were current.
alter table row_history disable trigger row_history_append_only;
update row_history set image = image || '{"status": "CURRENT"}'::jsonb
 where table_name = 'fact' and image is not null and not image ? 'status';
alter table row_history enable trigger row_history_append_only;

-- lab_event gains each fact's status (sources are always current), so that "the latest event" of a lab skips the
-- facts set aside while the timeline still shows them.
create or replace view lab_event as
    select p.lab_id, (f.kind || case p.role when 'TO' then '_IN' when 'FROM' then '_OUT' else '' end)::varchar(40) as kind,
           f.id as fact_id, p.occurred_on, f.date_precision, f.created_at, f.status
      from fact_party p join fact f on f.id = p.fact_id
     where p.lab_id is not null
    union all
    select cited.lab_id, 'SOURCE', cited.source_id, s.published_on, 'DAY'::varchar(5), s.created_at, 'CURRENT'::varchar(12)
      from (select distinct lab_id, source_id from lab_source) cited
      -- "limit 1" keeps the lookup a lookup: without it the planner flattens it back into a hash join over all sources
      cross join lateral (select published_on, created_at from source where id = cited.source_id limit 1) s
     where s.published_on is not null;
