package io.labwatch.domain.partnership;

import io.labwatch.domain.exchange.CitationRecord;
import io.labwatch.domain.exchange.DraftFactory;
import io.labwatch.domain.exchange.KindInfo;
import io.labwatch.domain.exchange.RecordStore;
import io.labwatch.domain.figures.FactFigures;
import io.labwatch.domain.listing.ListSpec;
import io.labwatch.domain.shared.DatePrecision;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.TextRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/** Partnerships in the exchange format, addressed by id: everything Labwatch derives for the kind starts here. */
@ApplicationScoped
@Transactional
public class PartnershipStore extends RecordStore<Partnership, PartnershipRecord> {

    @jakarta.inject.Inject
    io.labwatch.domain.datacenter.DataCenterService centers;

    @Override
    protected KindInfo info() {
        return new KindInfo("partnerships", "partnership", 84, false, "partner", "lab, partner, type and announcement date",
                PartnershipRecord.class, "/labs/{lab}");
    }

    @Override
    protected Partnership draft(PartnershipRecord r, List<FieldError> errors) {
        Partnership p = new Partnership();
        p.lab = drafts.lab("lab", r.lab(), true, errors);
        p.labRole = r.labRole() == null ? PartnerRole.PARTNER : r.labRole();
        p.partner = drafts.lab("partner", r.partner(), true, errors);
        p.partnerRole = r.partnerRole() == null ? PartnerRole.PARTNER : r.partnerRole();
        p.type = r.type();
        p.announcedOn = r.announcedOn();
        p.datePrecision = DraftFactory.precision(r.datePrecision());
        p.startsOn = r.startsOn();
        p.endsOn = r.endsOn();
        p.committedValue = r.committedValue();
        p.committedValueLow = r.committedValueLow();
        p.committedValueHigh = r.committedValueHigh();
        p.exclusive = r.exclusive();
        p.dealStatus = r.dealStatus() == null ? PartnershipStatus.ANNOUNCED : r.dealStatus();
        p.description = r.description();
        p.dataCenter = centers.named("dataCenter", r.dataCenter(), false, errors);
        return p;
    }

    @Override
    protected PartnershipRecord toRecord(Partnership e, List<CitationRecord> citations) {
        return new PartnershipRecord(e.id, e.lab.slug, e.labRole, e.partner.slug, e.partnerRole, e.type, e.announcedOn, e.datePrecision, e.startsOn,
                e.endsOn, e.committedValue, e.committedValueLow, e.committedValueHigh, e.exclusive, e.dealStatus, e.description,
                e.dataCenter == null ? null : e.dataCenter.slug, e.certainty,
                e.estimated, e.estimateMethod, e.currency, e.usdRate, e.rateOn, e.status, e.statusReason, supersededBy(e), citations, e.version);
    }

    @Override
    protected ListSpec listSpec() {
        return new ListSpec("-announcedOn")
                // by id, not through joins: a path in an "or" would become an inner join on both labs
                .filter("lab", "(" + ListSpec.slugOf("e.lab", "Lab", "lab") + " or " + ListSpec.slugOf("e.partner", "Lab", "lab") + ")", knownSlug("Lab"))
                .filter("type", "e.type = :type", ListSpec.oneOf(PartnershipType.class))
                .filter("dataCenter", "e.dataCenter.slug = :dataCenter", ListSpec.text())
                .filter("dealStatus", "e.dealStatus = :dealStatus", ListSpec.oneOf(PartnershipStatus.class))
                .between("e.announcedOn")
                .sort("announcedOn", "e.announcedOn").sort("committedValue", "e.committedValue * coalesce(e.usdRate, 1)");
    }

    @Override
    protected List<String> naturalKey() {
        return List.of("lab", "partner", "type", "announcedOn");
    }

    /**
     * "OpenAI announced a distribution partnership with Dell Technologies (OpenAI as provider, Dell Technologies as
     * distributor)": the verb says where it stands, the roles who brings what.
     */
    @Override
    public String summary(Partnership p) {
        String kind = TextRules.words(p.type.name()) + " partnership";
        String verb = switch (p.dealStatus) {
            case RUMOURED -> " was reported to be in talks on a " + kind + " with ";
            case ANNOUNCED -> " announced a " + kind + " with ";
            case ACTIVE -> " entered a " + kind + " with ";
            case ENDED -> " ended its " + kind + " with ";
            case CANCELLED -> " called off its " + kind + " with ";
        };
        List<String> notes = new ArrayList<>();
        if (p.labRole != PartnerRole.PARTNER || p.partnerRole != PartnerRole.PARTNER) {
            notes.add(p.lab.name + " as " + TextRules.words(p.labRole.name()) + ", " + p.partner.name + " as " + TextRules.words(p.partnerRole.name()));
        }
        String value = FactFigures.money(p, p.committedValue, p.committedValueLow, p.committedValueHigh);
        if (value != null) {
            notes.add(value + " committed");
        }
        if (Boolean.TRUE.equals(p.exclusive)) {
            notes.add("exclusive");
        }
        if (p.startsOn != null || p.endsOn != null) {
            notes.add(p.startsOn == null ? "until " + DatePrecision.DAY.display(p.endsOn)
                    : p.endsOn == null ? "from " + DatePrecision.DAY.display(p.startsOn)
                    : DatePrecision.DAY.display(p.startsOn) + " to " + DatePrecision.DAY.display(p.endsOn));
        }
        String s = p.lab.name + verb + p.partner.name + (p.dataCenter == null ? "" : " at " + p.dataCenter.name);
        return TextRules.withNotes(s, notes);
    }

    /** The agreement's description; V23 indexes the same expression. */
    @Override
    public String searchDocument() {
        return "coalesce(k.description, '')";
    }

    @Override
    public String searchTitle() {
        return "'partnership: ' || coalesce((select l.name from lab l where l.id = k.lab_id), '') || ' and '"
                + " || coalesce((select l.name from lab l where l.id = k.partner_lab_id), '')";
    }

    @Override
    public String apiDescription() {
        return "Commercial agreements other than compute: distribution, chips, power, research, product integration.";
    }

    @Override
    public String apiExample() {
        return """
                {"lab": "openai", "labRole": "PROVIDER", "partner": "dell", "partnerRole": "DISTRIBUTOR", "type": "DISTRIBUTION",
                "announcedOn": "2026-01-01", "datePrecision": "YEAR", "certainty": "REPORTED",
                "citations": [{"source": "business20-karpathy-anthropic"}]}""";
    }
}
