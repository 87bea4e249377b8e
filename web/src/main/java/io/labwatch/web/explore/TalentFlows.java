package io.labwatch.web.explore;

import io.labwatch.domain.hire.Hire;
import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.shared.TrackedEntity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Moves between labs as a matrix: rows are the labs people left, columns the labs they joined, each cell the
 * number of moves and their weight (the sum of seniority weights, junior 1 … executive 5).
 */
public final class TalentFlows {

    /** One cell: how many moves, their seniority weight, and whether it is the cell being listed. */
    public record Cell(String fromSlug, String toSlug, int moves, int weight, boolean selected) {
    }

    /** One row of the matrix. */
    public record Row(Lab from, List<Cell> cells, int out) {
    }

    /** A member of a cohort, when they were first recorded at the lab, and where their latest move took them. */
    public record CohortMember(String person, String personSlug, String joined, Lab now, String since) {
    }

    public final List<Lab> columns;
    public final List<Row> rows;
    public final List<Hire> listed;
    public final int total;

    TalentFlows(List<Hire> moves, String fromSlug, String toSlug) {
        Map<String, Lab> labs = new LinkedHashMap<>();
        moves.forEach(h -> {
            labs.putIfAbsent(h.fromLab.slug, h.fromLab);
            labs.putIfAbsent(h.toLab.slug, h.toLab);
        });
        TreeSet<String> fromSlugs = new TreeSet<>();
        TreeSet<String> toSlugs = new TreeSet<>();
        moves.forEach(h -> {
            fromSlugs.add(h.fromLab.slug);
            toSlugs.add(h.toLab.slug);
        });
        this.columns = toSlugs.stream().map(labs::get).sorted(Comparator.comparing(l -> l.name)).toList();
        List<Row> built = new ArrayList<>();
        for (Lab from : fromSlugs.stream().map(labs::get).sorted(Comparator.comparing(l -> l.name)).toList()) {
            List<Cell> cells = new ArrayList<>();
            int out = 0;
            for (Lab to : columns) {
                List<Hire> cell = moves.stream().filter(h -> h.fromLab.slug.equals(from.slug) && h.toLab.slug.equals(to.slug)).toList();
                int weight = cell.stream().mapToInt(h -> h.seniority.weight).sum();
                out += cell.size();
                cells.add(new Cell(from.slug, to.slug, cell.size(), weight, from.slug.equals(fromSlug) && to.slug.equals(toSlug)));
            }
            built.add(new Row(from, cells, out));
        }
        this.rows = built;
        this.total = moves.size();
        this.listed = moves.stream().filter(h -> (fromSlug == null || fromSlug.isBlank() || h.fromLab.slug.equals(fromSlug))
                && (toSlug == null || toSlug.isBlank() || h.toLab.slug.equals(toSlug))).toList();
    }

    /** Each member of the cohort (people recorded at the lab, joining or leaving it, by the cut-off) and their latest move. */
    static List<CohortMember> cohort(List<Hire> movesOfMembers, Lab lab) {
        Map<Long, List<Hire>> byPerson = new LinkedHashMap<>();
        movesOfMembers.forEach(h -> byPerson.computeIfAbsent(h.person.id, id -> new ArrayList<>()).add(h));
        List<CohortMember> members = new ArrayList<>();
        byPerson.values().forEach(hires -> {
            Hire joined = hires.stream().filter(h -> TrackedEntity.same(h.toLab, lab) || TrackedEntity.same(h.fromLab, lab)).findFirst().orElseThrow();
            Hire latest = hires.get(hires.size() - 1);
            members.add(new CohortMember(latest.person.name, latest.person.slug, joined.displayDate(), latest.toLab, latest.displayDate()));
        });
        members.sort(Comparator.comparing(CohortMember::person));
        return members;
    }
}
