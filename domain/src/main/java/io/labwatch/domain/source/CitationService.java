package io.labwatch.domain.source;

import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.shared.DatedFact;
import io.labwatch.domain.shared.EntityService;
import io.labwatch.domain.shared.FactRef;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.TrackedEntity;
import io.labwatch.domain.watch.WatchItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Links facts to the sources that report them. */
@ApplicationScoped
@Transactional
public class CitationService extends EntityService<Citation> {

    /** Cites {@code source} for {@code fact} (a fact of any kind, a lab or a watch item). */
    public Citation cite(TrackedEntity fact, Source source, String note) {
        Citation citation = new Citation();
        citation.source = source;
        citation.note = note;
        attach(citation, fact);
        return create(citation);
    }

    /** Points the citation at what it cites: a fact of any kind (by its row in {@code fact}), a lab or a watch item. */
    public static void attach(Citation citation, TrackedEntity fact) {
        if (fact instanceof DatedFact dated) {
            citation.fact = io.quarkus.hibernate.orm.panache.Panache.getEntityManager().getReference(FactRef.class, dated.id);
        } else if (fact instanceof WatchItem item) {
            citation.watchItem = item;
        } else if (fact instanceof Lab lab) {
            citation.lab = lab;
        } else {
            throw new IllegalArgumentException("cannot cite a " + fact.getClass().getSimpleName());
        }
    }

    @Override
    protected void copy(Citation draft, Citation target) {
        target.source = draft.source;
        target.note = draft.note;
    }

    @Override
    protected void checkRules(Citation draft, Long currentId, List<FieldError> errors) {
        long targets = java.util.stream.Stream.of(draft.lab, draft.fact, draft.watchItem).filter(java.util.Objects::nonNull).count();
        if (targets != 1) {
            errors.add(new FieldError("fact", "a citation names exactly one fact"));
        }
    }
}
