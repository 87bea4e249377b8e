package io.labwatch.domain.model;

import io.labwatch.domain.figures.Ranges;
import io.labwatch.domain.shared.EntityService;
import io.labwatch.domain.shared.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Records model releases; a range's ends are in order and hold the point, an estimate says how it was made. */
@ApplicationScoped
@Transactional
public class ModelReleaseService extends EntityService<ModelRelease> {

    @Override
    protected void checkRules(ModelRelease draft, Long currentId, List<FieldError> errors) {
        Ranges.check("parameters", draft.parameters, draft.parametersLow, draft.parametersHigh, errors);
        Ranges.check("trainingFlop", draft.trainingFlop, draft.trainingFlopLow, draft.trainingFlopHigh, errors);
    }

    /** A release stays while benchmark results score it. */
    @Override
    protected java.util.Optional<String> blockingReferences(ModelRelease release) {
        Long scores = em.createQuery("select count(b) from BenchmarkResult b where b.model = :m", Long.class).setParameter("m", release)
                .getSingleResult();
        return scores == 0 ? java.util.Optional.empty()
                : java.util.Optional.of(scores + (scores == 1 ? " benchmark result scores" : " benchmark results score") + " it");
    }
}
