package io.labwatch.domain.hire;

import io.labwatch.domain.exchange.CitationRecord;
import io.labwatch.domain.exchange.DraftFactory;
import io.labwatch.domain.exchange.KindInfo;
import io.labwatch.domain.exchange.RecordStore;
import io.labwatch.domain.hire.Hire;
import io.labwatch.domain.hire.HireKind;
import io.labwatch.domain.hire.Seniority;
import io.labwatch.domain.listing.ListSpec;
import io.labwatch.domain.shared.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Hires in the exchange format, addressed by id. */
@ApplicationScoped
@Transactional
public class HireStore extends RecordStore<Hire, HireRecord> {

    @Override
    protected Hire draft(HireRecord record, List<FieldError> errors) {
        Hire hire = new Hire();
        hire.person = drafts.person("person", record.person(), true, errors);
        hire.fromLab = drafts.lab("fromLab", record.fromLab(), false, errors);
        hire.toLab = drafts.lab("toLab", record.toLab(), false, errors);
        hire.kind = record.kind();
        hire.role = record.role();
        hire.team = record.team();
        hire.reportsTo = drafts.person("reportsTo", record.reportsTo(), false, errors);
        hire.announcedOn = record.announcedOn();
        hire.datePrecision = DraftFactory.precision(record.datePrecision());
        hire.startedOn = record.startedOn();
        hire.seniority = record.seniority();
        hire.mandate = record.mandate();
        if (record.acquisitionOn() != null) {
            hire.acquisition = acquisition(hire, record.acquisitionOn(), errors);
        }
        return hire;
    }

    /**
     * The acquisition a person moved with: the one of the lab they came from by the lab they joined, announced that day
     * (named by its natural key, so that an export imports into another database; acquisitions import first).
     */
    private io.labwatch.domain.acquisition.Acquisition acquisition(Hire hire, java.time.LocalDate on, List<FieldError> errors) {
        if (hire.fromLab == null || hire.toLab == null) {
            errors.add(new FieldError("acquisitionOn", "give fromLab (the company acquired) and toLab (the acquirer) too"));
            return null;
        }
        return em.createQuery("select a from Acquisition a where a.acquirer = :to and a.target = :from and a.announcedOn = :on",
                        io.labwatch.domain.acquisition.Acquisition.class).setParameter("to", hire.toLab).setParameter("from", hire.fromLab)
                .setParameter("on", on).getResultStream().findFirst().orElseGet(() -> {
                    errors.add(new FieldError("acquisitionOn", "no acquisition of " + hire.fromLab.name + " by " + hire.toLab.name
                            + " announced on " + on));
                    return null;
                });
    }

    @Override
    protected HireRecord toRecord(Hire e, List<CitationRecord> citations) {
        return new HireRecord(e.id, e.person.slug, e.fromLab == null ? null : e.fromLab.slug, e.toLab == null ? null : e.toLab.slug, e.kind,
                e.role, e.team, e.reportsTo == null ? null : e.reportsTo.slug, e.announcedOn, e.datePrecision, e.startedOn,
                e.seniority, e.mandate, e.acquisition == null ? null : e.acquisition.announcedOn, e.certainty, e.estimated, e.estimateMethod, e.status, e.statusReason, supersededBy(e), citations, e.version);
    }

    @Override
    protected ListSpec listSpec() {
        return new ListSpec("-announcedOn")
                // by id, not through joins: a path in an "or" became an inner join on both labs, and the foreign keys
                // reach the (lab, date) indexes
                .filter("lab", "(" + ListSpec.slugOf("e.toLab", "Lab", "lab") + " or " + ListSpec.slugOf("e.fromLab", "Lab", "lab") + ")", knownSlug("Lab"))
                .filter("toLab", ListSpec.slugOf("e.toLab", "Lab", "toLab"), knownSlug("Lab"))
                .filter("fromLab", ListSpec.slugOf("e.fromLab", "Lab", "fromLab"), knownSlug("Lab"))
                .filter("person", ListSpec.slugOf("e.person", "Person", "person"), knownSlug("Person"))
                .filter("kind", "e.kind = :kind", ListSpec.oneOf(HireKind.class))
                .filter("seniority", "e.seniority = :seniority", ListSpec.oneOf(Seniority.class))
                .filter("acquisition", "e.acquisition.id = :acquisition", ListSpec.id())
                .between("e.announcedOn")
                .sort("announcedOn", "e.announcedOn");
    }

    @Override
    protected KindInfo info() {
        return new KindInfo("hires", "talent move", 40, false, "person", "person, kind, labs and announcement date", HireRecord.class, "/people/{person}");
    }

    @Override
    protected List<String> naturalKey() {
        return List.of("person", "kind", "announcedOn", "fromLab", "toLab");
    }

    @Override
    public String summary(Hire e) {
        return HireSummary.of(e);
    }

    @Override
    public String summary(Hire e, String timelineKind) {
        return timelineKind.endsWith("_OUT") ? HireSummary.departure(e) : HireSummary.of(e);
    }

    /** A move is seen from the lab it goes to and from the lab it leaves. */
    @Override
    public List<String> timelineKinds() {
        return List.of("HIRE_IN", "HIRE_OUT");
    }

    @Override
    public boolean ownSections() {
        return true;
    }

    @Override
    public String apiDescription() {
        return "Talent moves: joined, departed, founded, promoted; with role, team and reporting line.";
    }

    @Override
    public String apiExample() {
        return """
                {"person": "andrej-karpathy", "fromLab": "eureka-labs", "toLab": "anthropic", "kind": "JOINED",
                "team": "Pre-training", "reportsTo": "nick-joseph", "announcedOn": "2026-05-19",
                "seniority": "PRINCIPAL", "certainty": "CONFIRMED",
                "citations": [{"source": "techcrunch-karpathy-anthropic"}]}""";
    }
}
