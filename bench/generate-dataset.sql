-- Labwatch's large synthetic dataset, generated inside PostgreSQL (set-based INSERT ... SELECT: no rows cross the
-- network, so it is faster than COPY). Deterministic: setseed fixes every random() draw. Shaped like the real data:
-- lab 1 ("Megalab") holds 12% of all facts and the next labs follow a power law, 10 labs are compute providers,
-- every fact cites four sources. Usage (psql or JDBC): run this file, then
--   select pg_temp.generate_dataset(labs, people, facts, sources, seed);
-- e.g. the issue's size: select pg_temp.generate_dataset(1000, 20000, 100000, 200000, 0.42);
-- Facts split 50% hires, 10% rounds, 10% valuations, 20% metrics, 10% compute deals; citations = 4 x facts.
-- Rows that would break a natural key (a rare random collision) are skipped, so counts can fall a little short.
create or replace function pg_temp.generate_dataset(n_labs int, n_people int, n_facts int, n_sources int, seed float)
returns text language plpgsql as $$
declare
    lab0 bigint;
    person0 bigint;
    source0 bigint;
    fact0 bigint;
    started timestamptz := clock_timestamp();
begin
    perform setseed(seed);
    -- row images are written once at the end (backfill_row_history), not one trigger call per row
    perform set_config('labwatch.row_history', 'off', true);

    select coalesce(max(id), 0) into lab0 from lab;
    select coalesce(max(id), 0) into fact0 from fact;
    insert into lab (id, slug, name, kind, status, headquarters, founded_year, summary, stated_emphasis)
    select lab0 + i, case when i = 1 then 'megalab' else 'gen-lab-' || i end,
           case when i = 1 then 'Megalab' else 'Generated Lab ' || lpad(i::text, 4, '0') end,
           case when i > n_labs - 10 then 'COMPUTE_PROVIDER' else (array['FRONTIER_LAB', 'AI_STARTUP', 'BIG_TECH'])[1 + (i % 3)] end,
           'ACTIVE', (array['San Francisco', 'London', 'Paris', 'Beijing', 'Toronto'])[1 + (i % 5)], 2010 + (i % 15),
           'A generated lab for benchmarks', 'Research focus ' || (i % 17)
      from generate_series(1, n_labs) i;

    select coalesce(max(id), 0) into person0 from person;
    insert into person (id, slug, name, bio)
    select person0 + i, 'gen-person-' || i, 'Person ' || lpad(i::text, 5, '0'), 'Researcher number ' || i
      from generate_series(1, n_people) i;

    select coalesce(max(id), 0) into source0 from source;
    insert into source (id, slug, outlet, headline, url, published_on, focus_angle, key_quote)
    select source0 + i, 'gen-source-' || i,
           (array['TechCrunch', 'CNBC', 'The Information', 'Reuters', 'Bloomberg', 'The Verge', 'FT', 'WSJ'])[1 + (i % 8)],
           'Generated story ' || i || ' on ' || (array['talent', 'capital', 'compute', 'safety'])[1 + (i % 4)],
           'https://news.example.org/story/' || i, date '2020-01-01' + (random() * 2500)::int,
           (array['Talent', 'Capital', 'Compute', 'Safety'])[1 + (i % 4)], 'Quote ' || i
      from generate_series(1, n_sources) i;

    -- the lab of fact i: 12% Megalab, the rest a power law over the other non-provider labs; its id and date
    create temporary table fact_lab on commit drop as
    select i, lab0 + case when random() < 0.12 then 1 else 2 + floor((n_labs - 12) * power(random(), 3))::int end as lab_id,
           fact0 + i as id, date '2020-01-01' + (random() * 2500)::int as d,
           case when i <= n_facts * 0.5 then 'HIRE' when i <= n_facts * 0.6 then 'FUNDING_ROUND' when i <= n_facts * 0.7 then 'VALUATION'
                when i <= n_facts * 0.9 then 'FINANCIAL_METRIC' else 'COMPUTE_DEAL' end as kind
      from generate_series(1, n_facts) i;

    -- a fact is its row in fact plus its kind's row with the same id; the kinds' triggers add the parties
    insert into fact (id, kind, occurred_on, date_precision, certainty) select id, kind, d, 'DAY', 'REPORTED' from fact_lab;

    insert into hire (id, person_id, from_lab_id, to_lab_id, move_kind, role, team, announced_on, seniority)
    select f.id, person0 + 1 + (f.i % n_people),
           -- a move from a lab to itself is not a move: such draws become first jobs
           case when random() < 0.8 then nullif(lab0 + 1 + ((f.lab_id - lab0 + 1 + (random() * (n_labs - 12))::int) % (n_labs - 10)), f.lab_id) end,
           f.lab_id, 'JOINED', (array['Researcher', 'Engineer', 'Lead', 'Scientist'])[1 + (f.i % 4)],
           (array['Pre-training', 'Safety', 'Product', 'Inference', 'Infrastructure'])[1 + (f.i % 5)], f.d,
           (array['JUNIOR', 'MID', 'SENIOR', 'PRINCIPAL', 'EXECUTIVE'])[1 + (f.i % 5)]
      from fact_lab f where f.kind = 'HIRE'
    on conflict do nothing;

    insert into funding_round (id, lab_id, name, announced_on, amount_raised, post_money_valuation)
    select f.id, f.lab_id, 'Round ' || f.i, f.d, (1 + (random() * 5000)::int) * 1000000::numeric,
           (10 + (random() * 900)::int) * 1000000000::numeric
      from fact_lab f where f.kind = 'FUNDING_ROUND';

    insert into valuation (id, lab_id, as_of, value, basis)
    select f.id, f.lab_id, f.d, (1 + (random() * 900)::int) * 1000000000::numeric,
           (array['PRIMARY_ROUND', 'SECONDARY_SALE', 'REPORTED_TALKS', 'ESTIMATE'])[1 + (f.i % 4)]
      from fact_lab f where f.kind = 'VALUATION'
    on conflict do nothing;

    insert into financial_metric (id, lab_id, period, metric, value, scope, reported_on)
    select f.id, f.lab_id, (2020 + f.i % 7) || '-Q' || (1 + f.i % 4), (array['REVENUE', 'ANNUALISED_REVENUE', 'HEADCOUNT', 'USERS'])[1 + (f.i % 4)],
           (1 + (random() * 20000)::int) * 1000000::numeric, 'Segment ' || f.i, f.d
      from fact_lab f where f.kind = 'FINANCIAL_METRIC';

    insert into compute_deal (id, buyer_lab_id, provider_lab_id, facility, location, announced_on, capacity)
    select f.id, f.lab_id, lab0 + n_labs - (f.i % 10), 'Facility ' || f.i, 'Region ' || (f.i % 20), f.d, (1 + f.i % 500) || ' MW'
      from fact_lab f where f.kind = 'COMPUTE_DEAL';

    -- draws that broke a kind's natural key (a duplicate move or valuation) leave no fact behind
    delete from fact x using fact_lab f where x.id = f.id and not exists (select 1 from fact_party p where p.fact_id = x.id);

    -- four citations per fact, each source cited about twice
    insert into citation (source_id, fact_id) select source0 + 1 + ((x.id * 4 + j) % n_sources), x.id
      from fact x join fact_lab f on f.id = x.id cross join generate_series(0, 3) j on conflict do nothing;

    -- identity sequences continue after the explicit ids
    perform setval(pg_get_serial_sequence('lab', 'id'), (select max(id) from lab));
    perform setval(pg_get_serial_sequence('person', 'id'), (select max(id) from person));
    perform setval(pg_get_serial_sequence('source', 'id'), (select max(id) from source));
    perform setval(pg_get_serial_sequence('fact', 'id'), greatest((select max(id) from fact), 1));

    perform set_config('labwatch.row_history', 'on', true);
    perform backfill_row_history();
    analyze;
    return format('%s labs, %s people, %s sources, %s hires, %s rounds, %s valuations, %s metrics, %s deals, %s citations in %s',
        (select count(*) from lab), (select count(*) from person), (select count(*) from source), (select count(*) from hire),
        (select count(*) from funding_round), (select count(*) from valuation), (select count(*) from financial_metric),
        (select count(*) from compute_deal), (select count(*) from citation), clock_timestamp() - started);
end;
$$;
