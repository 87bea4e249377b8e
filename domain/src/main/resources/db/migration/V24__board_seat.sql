-- A kind of fact: a seat on a governing body (a board, a nonprofit parent's board, a safety committee): the person,
-- the organisation, the role, start and end, who appointed them, who replaced them and why they left. Like every
-- kind: its own table, its parties kept by the shared trigger (the successor too), its rows imaged for time travel.

create table board_seat (
    id                     bigint primary key references fact (id) on delete cascade,
    person_id              bigint        not null references person (id),
    lab_id                 bigint        not null references lab (id),
    body                   varchar(20)   not null check (body in ('BOARD', 'NONPROFIT_BOARD', 'SAFETY_COMMITTEE', 'ADVISORY_BOARD', 'OTHER')),
    seat_role              varchar(20)   not null check (seat_role in ('CHAIR', 'DIRECTOR', 'OBSERVER', 'MEMBER')),
    started_on             date          not null,
    ended_on               date,
    appointed_by           varchar(200),
    replaced_by_person_id  bigint        references person (id),
    leaving_reason         varchar(2000),
    check (ended_on is null or ended_on >= started_on),
    check (ended_on is not null or (replaced_by_person_id is null and leaving_reason is null)),
    check (replaced_by_person_id is null or replaced_by_person_id <> person_id),
    unique (person_id, lab_id, body, started_on)
);
create index board_seat_lab_idx on board_seat (lab_id, started_on desc);
create index board_seat_person_idx on board_seat (person_id, started_on desc);

create trigger board_seat_parties after insert or update or delete on board_seat
    for each row execute function sync_fact_parties('person_id:PERSON:person', 'lab_id:LAB:lab', 'replaced_by_person_id:SUCCESSOR:person');
create trigger board_seat_row_history after insert or update or delete on board_seat
    for each row execute function record_row_history();

create or replace function row_history_tables() returns text[] language sql immutable as $$
    select array['lab', 'person', 'source', 'fact', 'hire', 'funding_round', 'valuation', 'financial_metric', 'compute_deal',
                 'model_release', 'acquisition', 'partnership', 'board_seat', 'fact_party', 'watch_item', 'citation']
$$;
