-- Search reads model releases by name, version and description (ModelReleaseStore.searchDocument, the same expression).
create index model_release_search_idx on model_release
    using gin (to_tsvector('english', (coalesce(name, '') || ' ' || coalesce(model_version, '') || ' ' || coalesce(description, ''))));
