-- A partnership may point at the data center it concerns (power for a campus, chips for a site), as a compute deal
-- may: a lab's centers and a center's users then include the agreements that reach it.

alter table partnership add column data_center_id bigint references data_center (id);
create index partnership_data_center_idx on partnership (data_center_id) where data_center_id is not null;
