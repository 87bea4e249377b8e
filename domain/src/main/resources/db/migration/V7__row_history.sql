-- Time travel: the database keeps an image of every row of the fact tables after each change (and a marker when a
-- row is deleted), written by a trigger in the transaction of the change, so nothing that writes the data escapes it.
-- as_of(t) shadows the tables with their state at t for the rest of the transaction; the same queries then read the
-- past. audit_entry says who changed what and why; row_history is the
-- exact row image.

create table row_history (
    id         bigint generated always as identity primary key,
    table_name varchar(40) not null,
    row_id     bigint      not null,
    at         timestamptz not null default now(),
    deleted    boolean     not null,
    image      jsonb,
    check (deleted = (image is null))
);
create index row_history_row_idx on row_history (table_name, row_id, at desc, id desc);
create index row_history_at_idx on row_history (at);

create trigger row_history_append_only before update or delete on row_history
    for each row execute function audit_entry_is_append_only();

create function record_row_history() returns trigger language plpgsql as $$
begin
    -- bulk loads that write their own images afterwards (the demo data, dated on its article's day) switch this off
    if current_setting('labwatch.row_history', true) = 'off' then
        return null;
    end if;
    if tg_op = 'DELETE' then
        insert into row_history (table_name, row_id, deleted, image) values (tg_table_name, old.id, true, null);
    else
        -- the search vector is derived from the other columns; as_of leaves it empty
        insert into row_history (table_name, row_id, deleted, image) values (tg_table_name, new.id, false, to_jsonb(new) - 'search');
    end if;
    return null;
end;
$$;

-- The tables as_of rebuilds, and the views over them, in the order they must be created.
create function row_history_tables() returns text[] language sql immutable as $$
    select array['lab', 'person', 'source', 'hire', 'funding_round', 'valuation', 'financial_metric', 'compute_deal',
                 'watch_item', 'citation']
$$;

do $$
declare
    t text;
begin
    foreach t in array row_history_tables() loop
        execute format('create trigger %I after insert or update or delete on %I for each row execute function record_row_history()',
                       t || '_row_history', t);
    end loop;
end;
$$;

-- Images for rows that have none (rows written before this migration, or by a load with the trigger off), dated by
-- their last update: nothing is claimed about their values before that.
create function backfill_row_history() returns bigint language plpgsql as $$
declare
    t text;
    n bigint;
    total bigint := 0;
begin
    foreach t in array row_history_tables() loop
        execute format('insert into row_history (table_name, row_id, at, deleted, image)'
                       ' select %L, x.id, x.updated_at, false, to_jsonb(x) - ''search'' from %I x'
                       ' where not exists (select 1 from row_history h where h.table_name = %L and h.row_id = x.id)', t, t, t);
        get diagnostics n = row_count;
        total := total + n;
    end loop;
    return total;
end;
$$;

select backfill_row_history();

-- Shadows the fact tables, for the rest of the current transaction, with their rows as they stood at t: a temporary
-- table holds the rows changed after t (with their image as of t, or none if they did not exist then), and temporary
-- views put them in place of the live rows; everything else is read from the real tables through their indexes, so
-- the cost follows the number of rows changed since t, not the size of the data. Returns that number.
create function as_of(t timestamptz) returns bigint language plpgsql as $$
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
