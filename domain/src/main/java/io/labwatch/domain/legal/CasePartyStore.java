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

/** Parties to cases in the exchange format, addressed by id: every party's profile lists its cases through these. */
@ApplicationScoped
@Transactional
public class CasePartyStore extends RecordStore<CaseParty, CasePartyRecord> {

    @Inject
    LegalCaseService cases;

    @Override
    protected KindInfo info() {
        return new KindInfo("case-parties", "party to a case", 92, false, "legalCase", "case, party and role", CasePartyRecord.class,
                "/cases/{legalCase}");
    }

    /** Headed as what a reader looks for on a party's page. */
    @Override
    public String title() {
        return "Legal cases";
    }

    @Override
    protected CaseParty draft(CasePartyRecord r, List<FieldError> errors) {
        CaseParty p = new CaseParty();
        p.legalCase = cases.named("legalCase", r.legalCase(), true, errors);
        p.lab = drafts.lab("lab", r.lab(), false, errors);
        p.person = drafts.person("person", r.person(), false, errors);
        p.role = r.role();
        p.asOf = r.asOf();
        p.datePrecision = DraftFactory.precision(r.datePrecision());
        p.claims = TextRules.blankToNull(r.claims());
        p.amountClaimed = r.amountClaimed();
        p.amountClaimedLow = r.amountClaimedLow();
        p.amountClaimedHigh = r.amountClaimedHigh();
        return p;
    }

    @Override
    protected CasePartyRecord toRecord(CaseParty e, List<CitationRecord> citations) {
        return new CasePartyRecord(e.id, e.legalCase.slug, e.lab == null ? null : e.lab.slug, e.person == null ? null : e.person.slug, e.role,
                e.asOf, e.datePrecision, e.claims, e.amountClaimed, e.amountClaimedLow, e.amountClaimedHigh, e.certainty, e.estimated,
                e.estimateMethod, e.currency, e.usdRate, e.rateOn, e.status, e.statusReason, supersededBy(e), citations, e.version);
    }

    @Override
    protected ListSpec listSpec() {
        return new ListSpec("-asOf")
                .filter("legalCase", "e.legalCase.slug = :legalCase", ListSpec.text())
                .filter("lab", ListSpec.slugOf("e.lab", "Lab", "lab"), knownSlug("Lab"))
                .filter("person", ListSpec.slugOf("e.person", "Person", "person"), knownSlug("Person"))
                .filter("role", "e.role = :role", ListSpec.oneOf(PartyRole.class))
                .between("e.asOf")
                .sort("asOf", "e.asOf").sort("amountClaimed", "e.amountClaimed * coalesce(e.usdRate, 1)");
    }

    @Override
    protected List<String> naturalKey() {
        return List.of("legalCase", "lab", "person", "role");
    }

    /** "Elon Musk is a plaintiff in Musk v. Altman (claims $134B; breach of charitable trust)". */
    @Override
    public String summary(CaseParty p) {
        List<String> notes = new ArrayList<>();
        String amount = FactFigures.money(p, p.amountClaimed, p.amountClaimedLow, p.amountClaimedHigh);
        if (amount != null) {
            notes.add("claims " + amount);
        }
        if (p.claims != null) {
            notes.add(p.claims);
        }
        String role = TextRules.words(p.role.name());
        String article = "aeiou".indexOf(role.charAt(0)) >= 0 ? "an " : "a ";
        String line = p.partyName() + " is " + (p.role == PartyRole.OTHER ? "a party" : article + role) + " in " + p.legalCase.name;
        return TextRules.withNotes(line, notes);
    }

    @Override
    public String apiDescription() {
        return "Who is in which case, in what role (plaintiff, defendant, intervenor, witness), with claims and amounts claimed; one"
                + " organisation or person per row.";
    }

    @Override
    public String apiExample() {
        return """
                {"legalCase": "musk-v-altman", "person": "elon-musk", "role": "PLAINTIFF", "asOf": "2026-05-25",
                "certainty": "REPORTED", "citations": [{"source": "cnbc-karpathy-anthropic"}]}""";
    }
}
