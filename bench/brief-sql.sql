-- The plain SQL that fetches the facts of a brief (what BriefDataLoader reads, with the same joins), for bench/run's
-- "brief time / SQL time" ratio. psql variables: labs (a subquery of lab ids), from, to.
\set senior '(''SENIOR'', ''PRINCIPAL'', ''EXECUTIVE'')'
create temporary table b_hire as
select h.*, p.name person_name, fl.name from_name, tl.name to_name, rt.name reports_name
  from hire h join person p on p.id = h.person_id left join lab fl on fl.id = h.from_lab_id left join lab tl on tl.id = h.to_lab_id
  left join person rt on rt.id = h.reports_to_id
 where (h.to_lab_id in :labs or h.from_lab_id in :labs) and h.announced_on between :'from' and :'to';
create temporary table b_position as
select h.*, p.name person_name from hire h join person p on p.id = h.person_id
 where h.to_lab_id in :labs and h.announced_on <= :'to' and h.seniority in :senior order by h.announced_on desc, h.id desc;
create temporary table b_round as
select r.*, l.name lab_name from funding_round r join lab l on l.id = r.lab_id where r.lab_id in :labs and r.announced_on between :'from' and :'to';
create temporary table b_valuation as
select v.*, l.name lab_name, fr.name round_name from valuation v join lab l on l.id = v.lab_id left join funding_round fr on fr.id = v.funding_round_id
 where v.lab_id in :labs and v.as_of <= :'to';
create temporary table b_metric as
select m.*, l.name lab_name from financial_metric m join lab l on l.id = m.lab_id where m.lab_id in :labs and m.reported_on between :'from' and :'to';
create temporary table b_deal as
select d.*, b.name buyer_name, p.name provider_name from compute_deal d join lab b on b.id = d.buyer_lab_id join lab p on p.id = d.provider_lab_id
 where (d.buyer_lab_id in :labs or d.provider_lab_id in :labs) and d.announced_on between :'from' and :'to';
create temporary table b_watch as select w.* from watch_item w where w.lab_id in :labs and w.status = 'OPEN';
select * from (
  select c.id, s.slug, s.outlet, s.headline from citation c join source s on s.id = c.source_id
   where c.fact_id in (select id from b_hire union select id from b_position union select id from b_round union select id from b_valuation
                       union select id from b_metric union select id from b_deal)
  union all select c.id, s.slug, s.outlet, s.headline from citation c join source s on s.id = c.source_id where c.watch_item_id in (select id from b_watch)
  union all select c.id, s.slug, s.outlet, s.headline from citation c join source s on s.id = c.source_id where c.lab_id in :labs) cited;
-- every row goes to the client, as it does for Labwatch
select * from b_hire;
select * from b_position;
select * from b_round;
select * from b_valuation;
select * from b_metric;
select * from b_deal;
select * from b_watch;
