-- as_of rebuilt only what changed: copying every row of every fact table into temporary tables took 15 s on the
-- 100,000-fact dataset. Now a temporary table holds the rows changed after t (with their image as of t, or none if
-- they did not exist then), and temporary views put them in place of the live rows; everything else is read from the
-- real tables through their indexes. The cost follows the number of rows changed since t, not the size of the data.
create or replace function as_of(t timestamptz) returns bigint language plpgsql as $$
declare
    tbl text;
    v text;
    views constant text[] := array['lab_source', 'lab_event'];
    defs text[] := '{}';
    changed bigint;
begin
    if exists (select 1 from pg_views where schemaname = 'public' and viewname <> all (views)) then
        raise exception 'as_of does not know every view: add new views to its list';
    end if;
    -- view definitions first, while the names in them still mean the real tables
    foreach v in array views loop
        defs := defs || pg_get_viewdef(('public.' || v)::regclass);
    end loop;
    -- an explicit search_path also makes PostgreSQL re-plan statements prepared against the real tables
    perform set_config('search_path', 'pg_temp, public', true);
    -- the views make plans look costly; compiling them (JIT) took longer than running them (1.8 s of 2.8 s)
    perform set_config('jit', 'off', true);

    create temporary table as_of_row on commit drop as
    select c.table_name, c.row_id, p.image
      from (select distinct table_name, row_id from row_history where at > t) c
      left join lateral (select h.image from row_history h
                          where h.table_name = c.table_name and h.row_id = c.row_id and h.at <= t
                          order by h.at desc, h.id desc limit 1) p on true;
    get diagnostics changed = row_count;
    create index on pg_temp.as_of_row (table_name, row_id);
    analyze pg_temp.as_of_row;

    -- dropped with as_of_row (on commit drop cascades to the views that depend on it). NOT IN (a hashed subplan)
    -- rather than NOT EXISTS (an anti-join) keeps each arm a plain scan of its table, so that the planner can
    -- flatten the UNION ALL and still reach the real tables' indexes from joins.
    foreach tbl in array row_history_tables() loop
        execute format('create temporary view %I as'
                       ' select * from public.%I x'
                       '  where x.id not in (select r.row_id from pg_temp.as_of_row r where r.table_name = %L)'
                       ' union all'
                       ' select (jsonb_populate_record(null::public.%I, r.image)).* from pg_temp.as_of_row r'
                       '  where r.table_name = %L and r.image is not null', tbl, tbl, tbl, tbl, tbl);
    end loop;
    for i in 1 .. array_length(views, 1) loop
        execute format('create temporary view %I as %s', views[i], defs[i]);
    end loop;
    return changed;
end;
$$;
