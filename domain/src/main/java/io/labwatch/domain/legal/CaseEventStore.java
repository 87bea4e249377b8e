package io.labwatch.domain.legal;

import io.labwatch.domain.exchange.CitationRecord;
import io.labwatch.domain.exchange.DraftFactory;
import io.labwatch.domain.exchange.KindInfo;
import io.labwatch.domain.exchange.RecordStore;
import io.labwatch.domain.figures.FactFigures;
import io.labwatch.domain.listing.ListSpec;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.TextRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/** Events in cases in the exchange format, addressed by id: a case's docket, one cited row at a time. */
@ApplicationScoped
@Transactional
public class CaseEventStore extends RecordStore<CaseEvent, CaseEventRecord> {

    @Inject
    LegalCaseService cases;

    @Override
    protected KindInfo info() {
        return new KindInfo("case-events", "event in a case", 93, false, "legalCase", "case, date, type, party and description", CaseEventRecord.class,
                "/cases/{legalCase}");
    }

    /** Headed as what a reader looks for on a party's page. */
    @Override
    public String title() {
        return "Events in legal cases";
    }

    @Override
    protected CaseEvent draft(CaseEventRecord r, List<FieldError> errors) {
        CaseEvent e = new CaseEvent();
        e.legalCase = cases.named("legalCase", r.legalCase(), true, errors);
        e.eventOn = r.eventOn();
        e.datePrecision = DraftFactory.precision(r.datePrecision());
        e.type = r.type();
        e.lab = drafts.lab("lab", r.lab(), false, errors);
        e.person = drafts.person("person", r.person(), false, errors);
        e.amountAwarded = r.amountAwarded();
        e.amountAwardedLow = r.amountAwardedLow();
        e.amountAwardedHigh = r.amountAwardedHigh();
        e.description = TextRules.blankToNull(r.description());
        return e;
    }

    @Override
    protected CaseEventRecord toRecord(CaseEvent e, List<CitationRecord> citations) {
        return new CaseEventRecord(e.id, e.legalCase.slug, e.eventOn, e.datePrecision, e.type, e.lab == null ? null : e.lab.slug,
                e.person == null ? null : e.person.slug, e.amountAwarded, e.amountAwardedLow, e.amountAwardedHigh, e.description, e.certainty,
                e.estimated, e.estimateMethod, e.currency, e.usdRate, e.rateOn, e.status, e.statusReason, supersededBy(e), citations, e.version);
    }

    @Override
    protected ListSpec listSpec() {
        return new ListSpec("-eventOn")
                .filter("legalCase", "e.legalCase.slug = :legalCase", ListSpec.text())
                .filter("lab", ListSpec.slugOf("e.lab", "Lab", "lab"), knownSlug("Lab"))
                .filter("person", ListSpec.slugOf("e.person", "Person", "person"), knownSlug("Person"))
                .filter("type", "e.type = :type", ListSpec.oneOf(CaseEventType.class))
                .between("e.eventOn")
                .sort("eventOn", "e.eventOn").sort("amountAwarded", "e.amountAwarded * coalesce(e.usdRate, 1)");
    }

    @Override
    protected List<String> naturalKey() {
        return List.of("legalCase", "eventOn", "type", "lab", "person", "description");
    }

    /** "Musk v. Altman: an exhibit, concerning Andrej Karpathy (awarded $2M): Musk's email ...". */
    @Override
    public String summary(CaseEvent e) {
        List<String> notes = new ArrayList<>();
        String award = FactFigures.money(e, e.amountAwarded, e.amountAwardedLow, e.amountAwardedHigh);
        if (award != null) {
            notes.add("awarded " + award);
        }
        List<String> concerns = new ArrayList<>();
        if (e.lab != null) {
            concerns.add(e.lab.name);
        }
        if (e.person != null) {
            concerns.add(e.person.name);
        }
        String line = e.legalCase.name + ": " + e.type.words + (concerns.isEmpty() ? "" : ", concerning " + String.join(" and ", concerns));
        line = TextRules.withNotes(line, notes);
        return e.description == null ? line : line + " — " + e.description;
    }

    @Override
    public String searchDocument() {
        return "coalesce(k.description, '')";
    }

    @Override
    public String searchTitle() {
        return "'case event: ' || coalesce((select c.name from legal_case c where c.id = k.legal_case_id), '')";
    }

    @Override
    public String apiDescription() {
        return "What happened in a case and when: filings, exhibits, rulings, the trial's end, verdicts, with amounts awarded.";
    }

    @Override
    public String apiExample() {
        return """
                {"legalCase": "musk-v-altman", "eventOn": "2026-05-25", "type": "TRIAL_CONCLUDED", "certainty": "REPORTED",
                "citations": [{"source": "cnbc-karpathy-anthropic"}]}""";
    }
}
