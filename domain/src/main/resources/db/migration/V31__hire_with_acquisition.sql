-- The people who moved with an acquisition: a talent move may name the acquisition it came with, so that the
-- acquirer's hires and the deal tell one story. Imaged like the rest of hire (its row history covers every column).

alter table hire add column acquisition_id bigint references acquisition (id);
create index hire_acquisition_idx on hire (acquisition_id) where acquisition_id is not null;
