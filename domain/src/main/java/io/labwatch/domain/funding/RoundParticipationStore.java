package io.labwatch.domain.funding;

import io.labwatch.domain.exchange.CitationRecord;
import io.labwatch.domain.exchange.KindInfo;
import io.labwatch.domain.exchange.RecordStore;
import io.labwatch.domain.figures.FactFigures;
import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.listing.ListSpec;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.TextRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/** Round participations in the exchange format, addressed by id; imported after the rounds they belong to. */
@ApplicationScoped
@Transactional
public class RoundParticipationStore extends RecordStore<RoundParticipation, RoundParticipationRecord> {

    @Inject
    FundingRoundRepository rounds;

    @Override
    protected KindInfo info() {
        return new KindInfo("round-participations", "round participation", 55, false, "investor", "round and investor",
                RoundParticipationRecord.class, "/labs/{investor}");
    }

    @Override
    protected RoundParticipation draft(RoundParticipationRecord r, List<FieldError> errors) {
        RoundParticipation p = new RoundParticipation();
        Lab lab = drafts.lab("lab", r.lab(), true, errors);
        if (r.round() == null || r.round().isBlank()) {
            errors.add(new FieldError("round", "is required"));
        } else if (lab != null) {
            p.round = rounds.find("lab = ?1 and name = ?2", lab, r.round().trim()).firstResult();
            if (p.round == null) {
                errors.add(new FieldError("round", "no round '" + r.round().trim() + "' of lab '" + r.lab() + "'"));
            }
        }
        p.lab = lab;
        p.announcedOn = p.round == null ? null : p.round.announcedOn;
        p.datePrecision = p.round == null ? p.datePrecision : p.round.datePrecision;
        p.investor = drafts.lab("investor", r.investor(), true, errors);
        p.role = r.role() == null ? InvestorRole.PARTICIPANT : r.role();
        p.amount = r.amount();
        p.amountLow = r.amountLow();
        p.amountHigh = r.amountHigh();
        return p;
    }

    @Override
    protected RoundParticipationRecord toRecord(RoundParticipation e, List<CitationRecord> citations) {
        return new RoundParticipationRecord(e.id, e.lab.slug, e.round.name, e.investor.slug, e.role, e.amount, e.amountLow, e.amountHigh,
                e.certainty, e.estimated, e.estimateMethod, e.currency, e.usdRate, e.rateOn, e.status, e.statusReason, supersededBy(e),
                citations, e.version);
    }

    @Override
    protected ListSpec listSpec() {
        return new ListSpec("-announcedOn")
                .filter("lab", ListSpec.slugOf("e.lab", "Lab", "lab"), knownSlug("Lab"))
                .filter("investor", ListSpec.slugOf("e.investor", "Lab", "investor"), knownSlug("Lab"))
                .filter("role", "e.role = :role", ListSpec.oneOf(InvestorRole.class))
                .between("e.announcedOn")
                .sort("announcedOn", "e.announcedOn").sort("amount", "e.amount * coalesce(e.usdRate, 1)");
    }

    @Override
    protected List<String> naturalKey() {
        return List.of("round", "investor");
    }

    /** "Thrive Capital led Anthropic's Series F (with $1B)"; "Quokka Ventures took part in Anthropic's Series F". */
    @Override
    public String summary(RoundParticipation p) {
        String line = p.investor.name + (p.role == InvestorRole.LEAD ? " led " : " took part in ") + p.lab.name + "'s " + p.round.name;
        String amount = FactFigures.money(p, p.amount, p.amountLow, p.amountHigh);
        List<String> notes = new ArrayList<>();
        if (amount != null) {
            notes.add("with " + amount);
        }
        return TextRules.withNotes(line, notes);
    }

    @Override
    public String apiDescription() {
        return "Who invested in which round: investors as organisations, leading or participating, with the amount where known.";
    }

    @Override
    public String apiExample() {
        return """
                {"lab": "anthropic", "round": "2026 round", "investor": "google-deepmind", "role": "PARTICIPANT",
                "certainty": "RUMOURED", "citations": [{"source": "business20-900b-round"}]}""";
    }
}
