package io.labwatch.web.shared;

import io.labwatch.domain.shared.TextRules;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.Expression;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ResultMapper;
import io.quarkus.qute.TemplateNode;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Escapes values for HTML pages as Qute does, and first drops the characters HTML forbids (U+FFFF, U+FFFE, lone
 * surrogates, ...). New text cannot contain them (TextRules at every write path), but rows stored before that rule
 * may: a page must show them without the forbidden code points, as feeds and briefs do.
 */
@Singleton
public class XmlSafeHtmlEscaper implements ResultMapper {

    /** Qute lets the application add result mappers to the engine as it is built. */
    void register(@Observes EngineBuilder engine) {
        engine.addResultMapper(this);
    }


    private final HtmlEscaper html = new HtmlEscaper(List.of("text/html"));

    @Override
    public int getPriority() {
        // above Qute's own HTML escaper, which this one wraps
        return 10;
    }

    @Override
    public boolean appliesTo(TemplateNode.Origin origin, Object result) {
        return html.appliesTo(origin, result);
    }

    @Override
    public String map(Object result, Expression expression) {
        return html.map(TextRules.xmlSafe(result.toString()), expression);
    }
}
