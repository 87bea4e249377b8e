package io.labwatch.reports.figures;

import io.labwatch.domain.hire.Hire;
import io.labwatch.domain.lab.Lab;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Rule "net arrivals": a lab's arrivals of the period (moves to it that the filter keeps, e.g. senior ones), split
 * into those still there at the period's end and those who left it again later in the period (a later move of the
 * same person away from the lab, of any seniority). Someone who joined and left within the period is no addition.
 */
public final class NetArrivals {

    /** Arrivals still there, newest first; and each arrival that left again with the move that took them away. */
    public record Result(List<Hire> stayed, Map<Hire, Hire> leftAgain) {
        public List<Hire> all() {
            List<Hire> all = new ArrayList<>(stayed);
            all.addAll(leftAgain.keySet());
            leftAgain.values().forEach(all::add);
            return all;
        }

        public boolean isEmpty() {
            return stayed.isEmpty() && leftAgain.isEmpty();
        }
    }

    private static final Comparator<Hire> NEWEST_FIRST = Comparator.comparing((Hire h) -> h.announcedOn).thenComparing(h -> h.id,
            Comparator.nullsFirst(Comparator.naturalOrder())).reversed();

    private NetArrivals() {
    }

    public static Result of(Lab lab, List<Hire> periodHires, Predicate<Hire> counted) {
        List<Hire> stayed = new ArrayList<>();
        Map<Hire, Hire> leftAgain = new LinkedHashMap<>();
        periodHires.stream().filter(h -> h.toLab != null && h.toLab.id.equals(lab.id)).filter(counted).sorted(NEWEST_FIRST).forEach(arrival -> {
            Optional<Hire> departure = periodHires.stream()
                    .filter(d -> d != arrival && d.fromLab != null && d.fromLab.id.equals(lab.id) && d.person.id.equals(arrival.person.id))
                    .filter(d -> d.announcedOn.isAfter(arrival.announcedOn))
                    .min(Comparator.comparing((Hire d) -> d.announcedOn));
            departure.ifPresentOrElse(d -> leftAgain.put(arrival, d), () -> stayed.add(arrival));
        });
        return new Result(stayed, leftAgain);
    }
}
