package io.labwatch.domain.exchange;

import io.labwatch.domain.compute.ComputeDeal;
import io.labwatch.domain.finance.FinancialMetric;
import io.labwatch.domain.funding.FundingRound;
import io.labwatch.domain.funding.Valuation;
import io.labwatch.domain.hire.Hire;
import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.lab.LabRepository;
import io.labwatch.domain.listing.ListSpec;
import io.labwatch.domain.shared.EntityService;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.TrackedEntity;
import io.labwatch.domain.source.Citation;
import io.labwatch.domain.source.CitationService;
import io.labwatch.domain.source.SourceRepository;
import io.labwatch.domain.watch.WatchItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Citations on their own, addressed by id: which source backs which fact. */
@ApplicationScoped
@Transactional
public class CitationStore extends RecordStore<Citation, CitationView> {

    /** The fact types a citation can point at, by the name the API uses. */
    static final Map<String, Class<? extends TrackedEntity>> FACT_TYPES = new LinkedHashMap<>();

    static {
        FACT_TYPES.put("lab", Lab.class);
        FACT_TYPES.put("hire", Hire.class);
        FACT_TYPES.put("fundingRound", FundingRound.class);
        FACT_TYPES.put("valuation", Valuation.class);
        FACT_TYPES.put("financialMetric", FinancialMetric.class);
        FACT_TYPES.put("computeDeal", ComputeDeal.class);
        FACT_TYPES.put("watchItem", WatchItem.class);
    }

    @Inject
    CitationService service;

    @Inject
    SourceRepository sources;

    @Inject
    LabRepository labs;

    @Override
    protected Class<Citation> type() {
        return Citation.class;
    }

    @Override
    protected EntityService<Citation> service() {
        return service;
    }

    @Override
    protected Citation find(String key) {
        return service.get(id(key, "Citation"));
    }

    @Override
    protected Citation draft(CitationView view, List<FieldError> errors) {
        Citation citation = new Citation();
        citation.note = view.note();
        if (view.source() == null || view.source().isBlank()) {
            errors.add(new FieldError("source", "is required"));
        } else {
            citation.source = sources.findBySlug(view.source()).orElse(null);
            if (citation.source == null) {
                errors.add(new FieldError("source", "no source with slug '" + view.source() + "'"));
            }
        }
        Class<? extends TrackedEntity> type = view.factType() == null ? null : FACT_TYPES.get(view.factType());
        if (type == null) {
            errors.add(new FieldError("factType", "must be one of " + String.join(", ", FACT_TYPES.keySet())));
        } else if (view.fact() == null || view.fact().isBlank()) {
            errors.add(new FieldError("fact", "is required"));
        } else {
            TrackedEntity fact = resolve(type, view.fact().trim());
            if (fact == null) {
                errors.add(new FieldError("fact", "no " + view.factType() + " '" + view.fact() + "'"));
            } else {
                CitationService.attach(citation, fact);
            }
        }
        return citation;
    }

    private TrackedEntity resolve(Class<? extends TrackedEntity> type, String key) {
        if (type == Lab.class) {
            return labs.findBySlug(key).orElse(null);
        }
        try {
            return em.find(type, Long.parseLong(key));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    protected CitationView toRecord(Citation c, List<CitationRecord> unused) {
        String fact = c.lab != null ? c.lab.slug : String.valueOf(c.fact().id);
        return new CitationView(c.id, c.source.slug, c.factType(), fact, c.note, c.version);
    }

    @Override
    protected ListSpec listSpec() {
        ListSpec spec = new ListSpec("id")
                .filter("source", "e.source.slug = :source", knownSlug("Source"))
                .filter("lab", "e.lab.slug = :lab", knownSlug("Lab"))
                .sort("id", "e.id");
        FACT_TYPES.keySet().stream().filter(t -> !t.equals("lab"))
                .forEach(t -> spec.filter(t, "e." + t + ".id = :" + t, raw -> {
                    try {
                        return Long.parseLong(raw);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("'" + raw + "' is not an id");
                    }
                }));
        return spec;
    }

    @Override
    protected String fetches() {
        return " join fetch e.source left join fetch e.lab";
    }
}
