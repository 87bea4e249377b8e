package io.labwatch.domain.exchange;

import io.labwatch.domain.lab.LabRepository;
import io.labwatch.domain.listing.ListSpec;
import io.labwatch.domain.shared.EntityService;
import io.labwatch.domain.shared.FactRef;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.TrackedEntity;
import io.labwatch.domain.source.Citation;
import io.labwatch.domain.source.CitationLookup;
import io.labwatch.domain.source.CitationService;
import io.labwatch.domain.source.SourceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Citations on their own, addressed by id: which source backs which fact. */
@ApplicationScoped
@Transactional
public class CitationStore extends RecordStore<Citation, CitationView> {

    @Inject
    CitationService service;

    @Inject
    RecordKinds kinds;

    @Inject
    SourceRepository sources;

    @Inject
    LabRepository labs;

    @Override
    protected EntityService<Citation> service() {
        return service;
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
        List<String> types = citedTypes();
        String type = view.factType() == null || !types.contains(view.factType()) ? null : view.factType();
        if (type == null) {
            errors.add(new FieldError("factType", "must be one of " + String.join(", ", types)));
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

    /** What a citation can cite, by the type name the API uses: lab, then every kind of record that cites sources. */
    List<String> citedTypes() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of("lab"),
                kinds.all().stream().filter(k -> k.cites() && !k.citedType().equals("lab")).map(RecordKind::citedType)).toList();
    }

    private TrackedEntity resolve(String type, String key) {
        if (type.equals("lab")) {
            return labs.findBySlug(key).orElse(null);
        }
        RecordKind kind = kinds.ofCitedType(type).orElseThrow();
        try {
            return em.find(kind.entityClass, Long.parseLong(key));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    protected CitationView toRecord(Citation c, List<CitationRecord> unused) {
        String fact = c.lab != null ? c.lab.slug : String.valueOf(c.targetId());
        return new CitationView(c.id, c.source.slug, c.factType(), fact, c.note, c.version);
    }

    @Override
    protected ListSpec listSpec() {
        ListSpec spec = new ListSpec("id")
                .filter("source", ListSpec.slugOf("e.source", "Source", "source"), knownSlug("Source"))
                .filter("lab", ListSpec.slugOf("e.lab", "Lab", "lab"), knownSlug("Lab"))
                .sort("id", "e.id");
        citedTypes().stream().filter(t -> !t.equals("lab"))
                .forEach(t -> spec.filter(t, "e." + CitationLookup.attribute(t) + ".id = :" + t
                        + (CitationLookup.attribute(t).equals("fact") ? " and e.fact.kind = '" + FactRef.kindOf(t) + "'" : ""), raw -> {
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
        return " join fetch e.source left join fetch e.lab left join fetch e.fact";
    }

    /** Citations are no kind of their own: they come with the records they cite from. */
    @Override
    protected KindInfo info() {
        return null;
    }

}
