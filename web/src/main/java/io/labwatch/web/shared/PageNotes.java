package io.labwatch.web.shared;

import io.labwatch.domain.source.Citation;
import io.labwatch.domain.source.Source;
import io.labwatch.domain.source.Footnotes;
import java.util.List;
import java.util.Map;

/**
 * Numbers a page's sources in the order the template cites them, so that each fact links to its numbered
 * sources and the list at the foot of the page holds exactly those.
 */
public final class PageNotes {

    private final Footnotes footnotes = new Footnotes();
    private final Map<String, Map<Long, List<Citation>>> citations;

    public PageNotes(Map<String, Map<Long, List<Citation>>> citations) {
        this.citations = citations;
    }

    /** The source numbers of one fact ("hire", 12). */
    public List<Integer> of(String type, Long id) {
        return footnotes.cite(citations.getOrDefault(type, Map.of()).getOrDefault(id, List.of()));
    }

    public List<Source> sources() {
        return footnotes.sources();
    }
}
