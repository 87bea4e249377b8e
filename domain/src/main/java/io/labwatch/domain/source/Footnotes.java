package io.labwatch.domain.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers sources in order of first use, so that the list at the end holds exactly the sources cited: one numbering
 * for pages and briefs.
 */
public final class Footnotes {

    private final Map<Long, Integer> numbers = new LinkedHashMap<>();
    private final List<Source> sources = new ArrayList<>();

    /** The numbers of the citations' sources, registering new ones; sorted, without repeats. */
    public List<Integer> cite(Collection<Citation> citations) {
        return citations.stream().map(c -> number(c.source)).distinct().sorted().toList();
    }

    public int number(Source source) {
        return numbers.computeIfAbsent(source.id, id -> {
            sources.add(source);
            return sources.size();
        });
    }

    public List<Source> sources() {
        return sources;
    }
}
