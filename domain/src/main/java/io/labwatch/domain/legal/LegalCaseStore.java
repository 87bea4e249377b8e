package io.labwatch.domain.legal;

import io.labwatch.domain.exchange.CitationRecord;
import io.labwatch.domain.exchange.KindInfo;
import io.labwatch.domain.exchange.RecordStore;
import io.labwatch.domain.listing.ListSpec;
import io.labwatch.domain.shared.DatePrecision;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.TextRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/** Legal cases in the exchange format, addressed by slug; imported before the parties and events that name them. */
@ApplicationScoped
@Transactional
public class LegalCaseStore extends RecordStore<LegalCase, LegalCaseRecord> {

    @Inject
    LegalCaseService cases;

    @Override
    protected KindInfo info() {
        return new KindInfo("legal-cases", "legal case", 91, true, "slug", "slug", LegalCaseRecord.class, "/cases/{slug}");
    }

    @Override
    protected LegalCase find(String key) {
        return cases.get(key);
    }

    @Override
    protected LegalCase draft(LegalCaseRecord r, List<FieldError> errors) {
        LegalCase c = new LegalCase();
        c.slug = r.slug();
        c.name = r.name();
        c.court = TextRules.blankToNull(r.court());
        c.jurisdiction = TextRules.blankToNull(r.jurisdiction());
        c.caseNumber = TextRules.blankToNull(r.caseNumber());
        c.filedOn = r.filedOn();
        c.closedOn = r.closedOn();
        c.caseStatus = r.caseStatus();
        c.claims = TextRules.blankToNull(r.claims());
        c.description = TextRules.blankToNull(r.description());
        return c;
    }

    @Override
    protected LegalCaseRecord toRecord(LegalCase c, List<CitationRecord> citations) {
        return new LegalCaseRecord(c.slug, c.name, c.court, c.jurisdiction, c.caseNumber, c.filedOn, c.closedOn, c.caseStatus, c.claims,
                c.description, c.version);
    }

    @Override
    protected ListSpec listSpec() {
        return new ListSpec("name")
                .filter("caseStatus", "e.caseStatus = :caseStatus", ListSpec.oneOf(CaseStatus.class))
                .filter("jurisdiction", "e.jurisdiction = :jurisdiction", ListSpec.text())
                .sort("name", "lower(e.name)").sort("slug", "e.slug").sort("filedOn", "e.filedOn");
    }

    @Override
    protected List<String> naturalKey() {
        return List.of("slug");
    }

    /** "Musk v. Altman (N.D. Cal., 4:24-cv-04722; filed 29 February 2024; decided)". */
    @Override
    public String summary(LegalCase c) {
        List<String> notes = new ArrayList<>();
        if (c.court != null) {
            notes.add(c.court);
        }
        if (c.caseNumber != null) {
            notes.add(c.caseNumber);
        }
        if (c.filedOn != null) {
            notes.add("filed " + DatePrecision.DAY.display(c.filedOn));
        }
        if (c.caseStatus != null) {
            notes.add(TextRules.words(c.caseStatus.name()) + (c.closedOn == null ? "" : " " + DatePrecision.DAY.display(c.closedOn)));
        }
        return TextRules.withNotes(c.name, notes);
    }

    /** The case's name, claims and description; V33 indexes the same expression. */
    @Override
    public String searchDocument() {
        return "(k.name || ' ' || coalesce(k.claims, '') || ' ' || coalesce(k.description, ''))";
    }

    @Override
    public String searchTitle() {
        return "'legal case: ' || k.name";
    }

    @Override
    public String apiDescription() {
        return "Court cases, addressed by slug: court, jurisdiction, number, filing and closing days, status and claims;"
                + " their parties and events are cited facts of their own.";
    }

    @Override
    public String apiExample() {
        return """
                {"slug": "musk-v-altman", "name": "Musk v. Altman", "jurisdiction": "United States"}""";
    }
}
