package io.labwatch.domain.source;

import io.labwatch.domain.shared.DuplicateException;
import io.labwatch.domain.shared.EntityService;
import io.labwatch.domain.shared.FieldError;
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

    @Inject
    OutletService outlets;

    @Override
    public Source create(Source draft) {
        return super.create(graded(draft, null));
    }

    @Override
    public Source update(Source entity, long expectedVersion, Source draft, String action) {
        return super.update(entity, expectedVersion, graded(draft, entity.id), action);
    }

    /**
     * The draft with its outlet record and the grade that holds: its own reliability, else its outlet's. A draft with
     * problems gets no outlet (the write is refused with every problem named, and no outlet is made for it).
     */
    private Source graded(Source draft, Long currentId) {
        if (draft.outlet != null && problems(draft, currentId).isEmpty()) {
            draft.outletRecord = outlets.named(draft.outlet);
        }
        draft.grade = draft.reliability != null ? draft.reliability : draft.outletRecord != null ? draft.outletRecord.reliability : Reliability.F;
        return draft;
    }

    @Override
    protected Object key(Source source) {
        return source.slug;
    }

    @Override
    protected void checkRules(Source draft, Long currentId, List<FieldError> errors) {
        long self = currentId == null ? -1L : currentId;
        requireUniqueSlug(draft.slug, currentId);
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
