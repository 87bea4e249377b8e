package io.labwatch.domain.source;

import io.labwatch.domain.shared.DuplicateException;
import io.labwatch.domain.shared.EntityService;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.NotFoundException;
import io.labwatch.domain.shared.References;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Creates, edits and deletes sources; a source that facts cite cannot be deleted. */
@ApplicationScoped
@Transactional
public class SourceService extends EntityService<Source> {

    @Inject
    SourceRepository sources;

    @Inject
    References references;

    public Source get(String slug) {
        return sources.findBySlug(slug).orElseThrow(() -> new NotFoundException("Source", slug));
    }

    @Override
    protected String entityName() {
        return "Source";
    }

    @Override
    protected Object key(Source source) {
        return source.slug;
    }

    @Override
    protected void copy(Source draft, Source target) {
        target.updateFrom(draft);
    }

    @Override
    protected void checkRules(Source draft, Long currentId, List<FieldError> errors) {
        long self = currentId == null ? -1L : currentId;
        if (draft.slug != null && sources.count("slug = ?1 and id <> ?2", draft.slug, self) > 0) {
            throw new DuplicateException("Source", Source.class, List.of("slug"), draft.slug);
        }
        if (draft.url != null) {
            sources.find("url = ?1 and id <> ?2", draft.url, self).firstResultOptional().ifPresent(holder -> {
                throw new DuplicateException("Source", Source.class, List.of("url"), holder.slug);
            });
        }
        if (draft.outlet != null && draft.headline != null) {
            sources.find("outlet = ?1 and headline = ?2 and id <> ?3", draft.outlet, draft.headline, self).firstResultOptional()
                    .ifPresent(holder -> {
                        throw new DuplicateException("Source", Source.class, List.of("outlet", "headline"), holder.slug);
                    });
        }
    }

    @Override
    protected Optional<String> blockingReferences(Source source) {
        return references.describe(source.id, "citation.source_id");
    }
}
