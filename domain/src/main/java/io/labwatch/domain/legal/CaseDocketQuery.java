package io.labwatch.domain.legal;

import io.labwatch.domain.shared.FactStatus;
import io.labwatch.domain.source.CitationLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/** Reads a case's page in four statements: the case, its parties, its events and all their citations. */
@ApplicationScoped
public class CaseDocketQuery {

    @Inject
    EntityManager em;

    @Inject
    LegalCaseService cases;

    @Inject
    CitationLookup citations;

    @Transactional
    public CaseDocket read(String slug) {
        LegalCase legalCase = cases.get(slug);
        List<CaseParty> parties = em.createQuery("select p from CaseParty p left join fetch p.lab left join fetch p.person"
                        + " where p.legalCase = :c and " + FactStatus.currentOnly("p") + " order by p.role, p.id", CaseParty.class)
                .setParameter("c", legalCase).getResultList();
        List<CaseEvent> events = em.createQuery("select e from CaseEvent e left join fetch e.lab left join fetch e.person"
                        + " where e.legalCase = :c and " + FactStatus.currentOnly("e") + " order by e.eventOn desc, e.id desc", CaseEvent.class)
                .setParameter("c", legalCase).getResultList();
        List<Long> ids = new ArrayList<>();
        parties.forEach(p -> ids.add(p.id));
        events.forEach(e -> ids.add(e.id));
        return new CaseDocket(legalCase, parties, events, citations.forFacts(CitationLookup.ANY_FACT, ids));
    }

    /** Every case, by name, for the list page. */
    @Transactional
    public List<LegalCase> all() {
        return em.createQuery("select c from LegalCase c order by lower(c.name), c.id", LegalCase.class).getResultList();
    }
}
