package io.labwatch.domain.source;

import io.labwatch.domain.exchange.CitationRecord;
import io.labwatch.domain.exchange.KindInfo;
import io.labwatch.domain.exchange.RecordStore;
import io.labwatch.domain.listing.ListSpec;
import io.labwatch.domain.shared.EntityService;
import io.labwatch.domain.shared.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Outlets in the exchange format, addressed by slug; imported before the sources that name them. */
@ApplicationScoped
@Transactional
public class OutletStore extends RecordStore<Outlet, OutletRecord> {

    private static final ListSpec LIST = new ListSpec("name")
            .filter("reliability", "e.reliability in :reliability", Reliability::atLeast)
            .sort("name", "lower(e.name)").sort("reliability", "e.reliability").sort("slug", "e.slug");

    @Inject
    OutletService service;

    @Override
    protected KindInfo info() {
        return new KindInfo("outlets", "outlet", 5, true, "slug", "slug", OutletRecord.class, "/search?q={name}");
    }

    @Override
    protected EntityService<Outlet> service() {
        return service;
    }

    @Override
    protected Outlet find(String key) {
        return service.get(key);
    }

    @Override
    protected Outlet draft(OutletRecord r, List<FieldError> errors) {
        Outlet outlet = new Outlet();
        outlet.slug = r.slug();
        outlet.name = r.name() == null ? null : r.name().trim();
        outlet.aliases = r.aliases() == null || r.aliases().isBlank() ? null : r.aliases().trim();
        outlet.reliability = r.reliability() == null ? Reliability.F : r.reliability();
        return outlet;
    }

    @Override
    protected OutletRecord toRecord(Outlet o, List<CitationRecord> citations) {
        return new OutletRecord(o.slug, o.name, o.aliases, o.reliability, o.version);
    }

    @Override
    protected ListSpec listSpec() {
        return LIST;
    }

    @Override
    protected Optional<Outlet> existing(Outlet draft) {
        return em.createQuery("select o from Outlet o where o.slug = :slug or lower(o.name) = lower(:name)", Outlet.class)
                .setParameter("slug", draft.slug).setParameter("name", String.valueOf(draft.name)).getResultStream().findFirst();
    }

    /** "CNBC (usually reliable)". */
    @Override
    public String summary(Outlet o) {
        return o.name + " (" + o.reliability.words + ")";
    }

    @Override
    public String apiDescription() {
        return "Publishers of sources, with their aliases and the reliability (A-F) their sources have unless graded themselves.";
    }

    @Override
    public String apiExample() {
        return """
                {"slug": "cnbc", "name": "CNBC", "aliases": "CNBC.com; CNBC News", "reliability": "B"}""";
    }
}
