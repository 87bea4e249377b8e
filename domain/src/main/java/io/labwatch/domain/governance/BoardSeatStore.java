package io.labwatch.domain.governance;

import io.labwatch.domain.exchange.CitationRecord;
import io.labwatch.domain.exchange.DraftFactory;
import io.labwatch.domain.exchange.KindInfo;
import io.labwatch.domain.exchange.RecordStore;
import io.labwatch.domain.listing.ListSpec;
import io.labwatch.domain.shared.DatePrecision;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.TextRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/** Board seats in the exchange format, addressed by id: everything Labwatch derives for the kind starts here. */
@ApplicationScoped
@Transactional
public class BoardSeatStore extends RecordStore<BoardSeat, BoardSeatRecord> {

    @Override
    protected KindInfo info() {
        return new KindInfo("board-seats", "board seat", 86, false, "person", "person, organisation, body and start date",
                BoardSeatRecord.class, "/people/{person}");
    }

    @Override
    protected BoardSeat draft(BoardSeatRecord r, List<FieldError> errors) {
        BoardSeat seat = new BoardSeat();
        seat.person = drafts.person("person", r.person(), true, errors);
        seat.lab = drafts.lab("lab", r.lab(), true, errors);
        seat.body = r.body() == null ? GoverningBody.BOARD : r.body();
        seat.role = r.role() == null ? SeatRole.DIRECTOR : r.role();
        seat.startedOn = r.startedOn();
        seat.datePrecision = DraftFactory.precision(r.datePrecision());
        seat.endedOn = r.endedOn();
        seat.appointedBy = TextRules.blankToNull(r.appointedBy());
        seat.replacedBy = drafts.person("replacedBy", r.replacedBy(), false, errors);
        seat.leavingReason = TextRules.blankToNull(r.leavingReason());
        return seat;
    }

    @Override
    protected BoardSeatRecord toRecord(BoardSeat e, List<CitationRecord> citations) {
        return new BoardSeatRecord(e.id, e.person.slug, e.lab.slug, e.body, e.role, e.startedOn, e.datePrecision, e.endedOn, e.appointedBy,
                e.replacedBy == null ? null : e.replacedBy.slug, e.leavingReason, e.certainty, e.estimated, e.estimateMethod, e.status,
                e.statusReason, supersededBy(e), citations, e.version);
    }

    @Override
    protected ListSpec listSpec() {
        return new ListSpec("-startedOn")
                .filter("lab", ListSpec.slugOf("e.lab", "Lab", "lab"), knownSlug("Lab"))
                .filter("person", ListSpec.slugOf("e.person", "Person", "person"), knownSlug("Person"))
                .filter("body", "e.body = :body", ListSpec.oneOf(GoverningBody.class))
                .filter("role", "e.role = :role", ListSpec.oneOf(SeatRole.class))
                .between("e.startedOn")
                .sort("startedOn", "e.startedOn").sort("endedOn", "e.endedOn");
    }

    @Override
    protected List<String> naturalKey() {
        return List.of("person", "lab", "body", "startedOn");
    }

    /**
     * "Helen Toner took a seat on the board of OpenAI as director (appointed by the nonprofit's board; until 21 November
     * 2023, replaced by Bret Taylor; left: the board was reconstituted)".
     */
    @Override
    public String summary(BoardSeat s) {
        String body = switch (s.body) {
            case BOARD -> "the board of ";
            case NONPROFIT_BOARD -> "the nonprofit board of ";
            case SAFETY_COMMITTEE -> "the safety committee of ";
            case ADVISORY_BOARD -> "the advisory board of ";
            case OTHER -> "a governing body of ";
        };
        List<String> notes = new ArrayList<>();
        if (s.appointedBy != null && !s.appointedBy.isBlank()) {
            notes.add("appointed by " + s.appointedBy.trim());
        }
        if (s.endedOn != null) {
            notes.add("until " + DatePrecision.DAY.display(s.endedOn) + (s.replacedBy == null ? "" : ", replaced by " + s.replacedBy.name));
        }
        if (s.leavingReason != null && !s.leavingReason.isBlank()) {
            notes.add("left: " + s.leavingReason.trim());
        }
        String line = s.person.name + " took a seat on " + body + s.lab.name + " as " + TextRules.words(s.role.name());
        return TextRules.withNotes(line, notes);
    }

    @Override
    public String apiDescription() {
        return "Seats on boards, nonprofit parents' boards and safety committees: who, in what role, from when to when.";
    }

    @Override
    public String apiExample() {
        return """
                {"person": "andrej-karpathy", "lab": "eureka-labs", "body": "ADVISORY_BOARD", "role": "MEMBER",
                "startedOn": "2026-01-01", "datePrecision": "YEAR", "certainty": "RUMOURED",
                "citations": [{"source": "business20-karpathy-anthropic"}]}""";
    }
}
