package io.labwatch.domain.exchange;

import io.labwatch.domain.listing.ListSpec;
import io.labwatch.domain.person.Person;
import io.labwatch.domain.person.PersonService;
import io.labwatch.domain.shared.EntityService;
import io.labwatch.domain.shared.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** People in the exchange format, addressed by slug. */
@ApplicationScoped
@Transactional
public class PersonStore extends RecordStore<Person, PersonRecord> {

    @Inject
    PersonService people;

    @Override
    protected EntityService<Person> service() {
        return people;
    }

    @Override
    protected Person find(String key) {
        return people.get(key);
    }

    @Override
    protected Person draft(PersonRecord record, List<FieldError> errors) {
        return drafts.person(record);
    }

    @Override
    protected PersonRecord toRecord(Person p, List<CitationRecord> citations) {
        return new PersonRecord(p.slug, p.name, p.bio, p.notableRoles, p.aliases, p.wikidataId, p.version);
    }

    @Override
    protected ListSpec listSpec() {
        return new ListSpec("name")
                .filter("lab", "exists (select 1 from Hire h where h.person = e and (" + ListSpec.slugOf("h.toLab", "Lab", "lab") + " or " + ListSpec.slugOf("h.fromLab", "Lab", "lab") + "))",
                        knownSlug("Lab"))
                .filter("name", "lower(e.name) like lower(concat('%', :name, '%'))", ListSpec.text())
                .sort("name", "lower(e.name)").sort("slug", "e.slug");
    }

    @Override
    protected KindInfo info() {
        return new KindInfo("people", "person", 30, true, "slug", "slug", PersonRecord.class, "/people/{slug}");
    }

    @Override
    protected List<String> naturalKey() {
        return List.of("slug");
    }

    @Override
    public String apiDescription() {
        return "People whose moves between labs are tracked.";
    }

    @Override
    public String apiExample() {
        return """
                {"slug": "andrej-karpathy", "name": "Andrej Karpathy", "bio": "OpenAI founding member"}""";
    }
}
