-- An API token reads only, or reads and writes as its user may: tokens made before scopes keep what they could do.
alter table api_token add column scope varchar(10) not null default 'WRITE' check (scope in ('READ', 'WRITE'));
