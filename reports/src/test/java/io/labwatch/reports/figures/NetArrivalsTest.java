package io.labwatch.reports.figures;

import static org.assertj.core.api.Assertions.assertThat;

import io.labwatch.domain.hire.Hire;
import io.labwatch.domain.hire.HireKind;
import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.person.Person;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetArrivalsTest {

    private static long ids;

    private static Lab lab(String name) {
        Lab l = new Lab();
        l.id = ++ids;
        l.name = name;
        return l;
    }

    private static Person person(String name) {
        Person p = new Person();
        p.id = ++ids;
        p.name = name;
        return p;
    }

    private static Hire move(Person p, Lab from, Lab to, HireKind kind, LocalDate on) {
        Hire h = new Hire();
        h.id = ++ids;
        h.person = p;
        h.fromLab = from;
        h.toLab = to;
        h.kind = kind;
        h.announcedOn = on;
        return h;
    }

    @Test
    void someoneWhoJoinedAndLeftWithinThePeriodIsNoAddition() {
        Lab anthropic = lab("Anthropic");
        Lab thinking = lab("Thinking Machines");
        Person stays = person("Stays");
        Person leaves = person("Leaves");
        Hire arrives = move(stays, null, anthropic, HireKind.JOINED, LocalDate.of(2026, 3, 1));
        Hire briefly = move(leaves, null, anthropic, HireKind.JOINED, LocalDate.of(2026, 2, 1));
        Hire gone = move(leaves, anthropic, thinking, HireKind.JOINED, LocalDate.of(2026, 4, 1));
        Hire elsewhere = move(stays, null, thinking, HireKind.JOINED, LocalDate.of(2026, 1, 1));

        NetArrivals.Result result = NetArrivals.of(anthropic, List.of(elsewhere, briefly, arrives, gone), h -> true);

        assertThat(result.stayed()).containsExactly(arrives);
        assertThat(result.leftAgain()).containsEntry(briefly, gone).hasSize(1);
        assertThat(result.all()).containsExactlyInAnyOrder(arrives, briefly, gone);
    }

    @Test
    void aDepartureBeforeTheArrivalDoesNotUndoIt() {
        Lab lab = lab("Lab");
        Person p = person("Boomerang");
        Hire left = move(p, lab, null, HireKind.DEPARTED, LocalDate.of(2026, 1, 1));
        Hire back = move(p, null, lab, HireKind.JOINED, LocalDate.of(2026, 5, 1));
        NetArrivals.Result result = NetArrivals.of(lab, List.of(left, back), h -> true);
        assertThat(result.stayed()).containsExactly(back);
        assertThat(result.leftAgain()).isEmpty();
    }
}
