-- Labs and people are known by more than one name, and by identifiers in other datasets: aliases (separated by
-- semicolons), a Wikidata id, and for labs the name Epoch AI's datasets give them. Imports resolve a lab or person
-- named by any of these where the slug does not match.
alter table lab add column aliases varchar(1000),
                add column wikidata_id varchar(20) unique check (wikidata_id ~ '^Q[1-9][0-9]*$'),
                add column epoch_name varchar(200);
alter table person add column aliases varchar(1000),
                   add column wikidata_id varchar(20) unique check (wikidata_id ~ '^Q[1-9][0-9]*$');
