package io.labwatch.web.person;

import io.labwatch.domain.hire.Hire;
import io.labwatch.domain.shared.FactStatus;
import io.labwatch.domain.person.Person;
import io.labwatch.domain.person.PersonService;
import io.labwatch.domain.source.Citation;
import io.labwatch.domain.source.CitationLookup;
import io.labwatch.web.shared.PageNotes;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** People: the list, and each person's career moves and reporting lines. */
@Path("/people")
@Produces(MediaType.TEXT_HTML)
public class PersonPages {

    private static final String FETCH = " join fetch h.person left join fetch h.fromLab left join fetch h.toLab left join fetch h.reportsTo";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Person> people);

        static native TemplateInstance person(Person person, List<Hire> career, List<Hire> reports,
                List<io.labwatch.domain.profile.ProfileSection> sections, PageNotes notes);
    }

    @Inject
    EntityManager em;

    @Inject
    PersonService people;

    @Inject
    CitationLookup citations;

    @Inject
    io.labwatch.domain.exchange.RecordKinds kinds;

    @Inject
    io.labwatch.web.merge.MergedAddresses merged;

    @GET
    @Transactional
    public TemplateInstance list() {
        return Templates.list(em.createQuery("select p from Person p order by lower(p.name)", Person.class).getResultList());
    }

    /**
     * The person, their current moves, the moves of people reporting to them, the other facts that name them (board
     * seats, ...: one statement, and one per kind that has any) and all those facts' sources: five statements and one
     * per such kind.
     */
    @GET
    @Path("/{slug}")
    @Transactional
    public TemplateInstance person(@PathParam("slug") String slug) {
        Person person;
        try {
            person = people.get(slug);
        } catch (io.labwatch.domain.shared.NotFoundException e) {
            throw merged.redirectOr("people", slug, "/people/", e);
        }
        List<Hire> career = em.createQuery("select h from Hire h" + FETCH + " where h.person = :p and " + FactStatus.currentOnly("h") + " order by h.announcedOn desc, h.id desc", Hire.class)
                .setParameter("p", person).getResultList();
        List<Hire> reports = em.createQuery("select h from Hire h" + FETCH + " where h.reportsTo = :p and " + FactStatus.currentOnly("h") + " order by h.announcedOn desc, h.id desc", Hire.class)
                .setParameter("p", person).getResultList();
        List<Long> ids = new ArrayList<>();
        career.forEach(h -> ids.add(h.id));
        reports.forEach(h -> ids.add(h.id));
        Map<io.labwatch.domain.exchange.RecordKind, List<io.labwatch.domain.shared.DatedFact>> others = kinds.newestOfPerson(person.id, 20);
        others.values().forEach(facts -> facts.forEach(f -> ids.add(f.id)));
        Map<Long, List<Citation>> cited = citations.forFacts(CitationLookup.ANY_FACT, ids);
        Map<String, Map<Long, List<Citation>>> byType = new java.util.LinkedHashMap<>();
        byType.put("hire", cited);
        kinds.derived().forEach(k -> byType.put(k.citedType(), cited));
        return Templates.person(person, career, reports, io.labwatch.domain.profile.ProfileSection.of(kinds.derived(), others),
                new PageNotes(byType));
    }
}
