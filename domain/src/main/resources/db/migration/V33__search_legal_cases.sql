-- Search finds legal cases by name, claims and description ("Musk v. Altman"), through the expression its store
-- declares (LegalCaseStore.searchDocument), indexed like every searched kind.

create index legal_case_search_idx on legal_case
    using gin (to_tsvector('english', (name || ' ' || coalesce(claims, '') || ' ' || coalesce(description, ''))));
