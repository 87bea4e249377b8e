package io.labwatch.app.brief;

import static org.assertj.core.api.Assertions.assertThat;

import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.person.Person;
import io.labwatch.reports.brief.Audience;
import io.labwatch.reports.brief.Brief;
import io.labwatch.reports.brief.BriefRequest;
import io.labwatch.reports.brief.Sentence;
import io.labwatch.reports.build.BriefService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Nothing in a demo brief is absent from the data: every amount, percentage, date and lab or person name in a sentence
 * stands in a row (table row, development, coverage or chart point) that cites one of the same sources, and every
 * multiple is the named rule's arithmetic on amounts that do ("≈ 20.6× … × 4 = $43.6B", "≈ 14.3% of the company ($2B
 * raised ÷ $14B post-money)").
 */
@QuarkusTest
class BriefTraceTest {

    private static final Pattern MONEY = Pattern.compile("[$€£]\\d+(?:\\.\\d+)?[KMBT]?");
    private static final Pattern PERCENT = Pattern.compile("\\d+(?:\\.\\d+)?%");
    private static final Pattern DATE = Pattern.compile("\\b(?:\\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December) \\d{4}|\\b\\d{4}-(?:Q[1-4]|H[12]|\\d{2})\\b");
    /** Revenue multiple: "$V valuation of … is ≈ N× annualised P revenue ($R for the quarter, …, × k = $A)". */
    private static final Pattern REVENUE_MULTIPLE = Pattern.compile("(\\$[\\d.]+[KMBT]) valuation of .*? is ≈ ([\\d.]+)× annualised \\S+ revenue \\((\\$[\\d.]+[KMBT]) for"
            + " the [a-z-]+, [^×]*× (\\d+) = (\\$[\\d.]+[KMBT])\\)");
    private static final Pattern DILUTION = Pattern.compile("≈ ([\\d.]+)% of the company \\((\\$[\\d.]+[KMBT]) raised ÷ (\\$[\\d.]+[KMBT]) post-money\\)");

    @Inject
    BriefService briefs;

    @ParameterizedTest
    @EnumSource(Audience.class)
    @Transactional
    void everyFigureDateAndNameOfTheDemoBriefsTracesToACitedRow(Audience audience) {
        recomputed = 0;
        List<String> names = new ArrayList<>();
        Lab.<Lab>listAll().forEach(l -> names.add(l.name));
        Person.<Person>listAll().forEach(p -> names.add(p.name));
        int traced = 0;
        for (List<String> labs : List.of(List.of("anthropic"), List.<String>of())) {
            Brief b = briefs.build(new BriefRequest(audience, labs, LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-31"),
                    LocalDate.parse("2026-05-31")));
            List<Sentence> text = new ArrayList<>(b.executiveSummary());
            b.judgments().forEach(j -> text.add(new Sentence(j.text(), j.footnotes())));
            text.addAll(b.takeaways());
            text.addAll(b.whyItMatters());
            text.addAll(b.divergences());
            assertThat(text).as("sentences of the %s brief", audience).isNotEmpty();
            for (Sentence s : text) {
                String evidence = evidence(b, Set.copyOf(s.footnotes()));
                String rest = derived(s.text());
                for (Pattern p : List.of(MONEY, PERCENT, DATE)) {
                    Matcher m = p.matcher(rest);
                    while (m.find()) {
                        assertThat(evidence).as("'%s' of \"%s\" in a row citing %s", m.group(), s.text(), s.footnotes()).contains(m.group());
                        traced++;
                    }
                }
                for (String name : names) {
                    if (s.text().contains(name) && !b.labNames().contains(name)) {
                        assertThat(evidence).as("%s, named in \"%s\"", name, s.text()).contains(name);
                        traced++;
                    }
                }
                if (s.footnotes().isEmpty()) {
                    assertThat(s.text()).as("a sentence without sources states no figure").doesNotContainPattern(MONEY.pattern());
                }
            }
        }
        // the demo's moves, round, revenue and deal: dozens of figures, dates and names, each traced
        assertThat(traced).isGreaterThan(20);
        if (audience == Audience.INVESTOR) {
            assertThat(recomputed).as("revenue multiples recomputed").isPositive();
        }
    }

    /** How many derived figures had their arithmetic checked (the investor briefs carry the revenue multiple). */
    private static int recomputed;

    /**
     * The sentence less the multiples' and dilutions' outputs, after checking their arithmetic on their inputs (which stay,
     * to be traced like any amount).
     */
    private static String derived(String sentence) {
        String rest = sentence;
        Matcher m = REVENUE_MULTIPLE.matcher(sentence);
        while (m.find()) {
            BigDecimal annualised = usd(m.group(3)).multiply(new BigDecimal(m.group(4)));
            assertThat(usd(m.group(5)).subtract(annualised).abs()).as("annualised: " + m.group()).isLessThanOrEqualTo(annualised.movePointLeft(2));
            BigDecimal times = usd(m.group(1)).divide(annualised, 1, RoundingMode.HALF_UP);
            assertThat(times).as("multiple: " + m.group()).isEqualByComparingTo(m.group(2));
            rest = rest.replace(m.group(5), "").replace("≈ " + m.group(2) + "×", "");
            recomputed++;
        }
        m = DILUTION.matcher(sentence);
        while (m.find()) {
            BigDecimal pct = usd(m.group(2)).multiply(BigDecimal.valueOf(100)).divide(usd(m.group(3)), 1, RoundingMode.HALF_UP);
            assertThat(pct).as("dilution: " + m.group()).isEqualByComparingTo(m.group(1));
            rest = rest.replace(m.group(1) + "%", "");
            recomputed++;
        }
        return rest;
    }

    /** Everything the rows that cite one of these sources say, and the sources themselves. */
    private static String evidence(Brief b, Set<Integer> cited) {
        List<String> out = new ArrayList<>();
        b.talentMoves().stream().filter(r -> overlaps(r.footnotes(), cited)).forEach(r -> out.addAll(nonNull(r.person(), r.from(), r.to(),
                r.role(), r.team(), r.reportsTo(), r.date())));
        b.roundsAndValuations().stream().filter(r -> overlaps(r.footnotes(), cited)).forEach(r -> out.addAll(nonNull(r.lab(), r.event(), r.date(),
                r.amountRaised(), r.valuation(), r.changeAmount(), r.changePercent())));
        b.metrics().stream().filter(r -> overlaps(r.footnotes(), cited)).forEach(r -> out.addAll(nonNull(r.lab(), r.period(), r.value(),
                r.reportedOn() == null ? null : r.reportedOn().toString())));
        b.computeDeals().stream().filter(r -> overlaps(r.footnotes(), cited)).forEach(r -> out.addAll(nonNull(r.buyer(), r.provider(), r.facility(),
                r.location(), r.date())));
        b.developments().stream().filter(r -> overlaps(r.footnotes(), cited)).forEach(r -> out.addAll(nonNull(r.summary(), r.date())));
        b.charts().forEach(c -> c.points().stream().filter(p -> overlaps(p.footnotes(), cited)).forEach(p -> out.addAll(nonNull(p.label(), p.display(),
                p.note()))));
        b.sources().stream().filter(s -> cited.contains(s.number())).forEach(s -> out.addAll(nonNull(s.outlet(), s.headline(), s.publishedOn())));
        // a metric's period is a month when the sentence dates it ("in May 2026"): its row says when it was reported
        b.metrics().stream().filter(r -> overlaps(r.footnotes(), cited) && r.reportedOn() != null)
                .forEach(r -> out.add(io.labwatch.domain.shared.DatePrecision.MONTH.display(r.reportedOn())));
        return String.join(" | ", out);
    }

    private static boolean overlaps(List<Integer> footnotes, Set<Integer> cited) {
        return footnotes != null && footnotes.stream().anyMatch(cited::contains);
    }

    private static List<String> nonNull(String... values) {
        return Stream.of(values).filter(v -> v != null).toList();
    }

    private static BigDecimal usd(String compact) {
        char unit = compact.charAt(compact.length() - 1);
        String digits = compact.substring(1, Character.isDigit(unit) ? compact.length() : compact.length() - 1);
        int shift = switch (unit) {
            case 'K' -> 3;
            case 'M' -> 6;
            case 'B' -> 9;
            case 'T' -> 12;
            default -> 0;
        };
        return new BigDecimal(digits).movePointRight(shift);
    }

}
