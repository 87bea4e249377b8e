package io.labwatch.reports.render;

import io.labwatch.reports.brief.Brief;
import io.labwatch.reports.brief.Chart;
import io.quarkus.qute.Engine;
import io.quarkus.qute.EvalContext;
import io.quarkus.qute.RawString;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.ResultMapper;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateNode;
import io.quarkus.qute.Variant;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/**
 * The brief's templates ({@code brief/brief.md}, {@code brief/brief.html}) and the engine that renders them: Qute on its
 * own (no container: renderers are plain functions, tested without a server), reading records by reflection. One
 * escaping rule per format is applied to every value a template writes: Markdown text through {@link MarkdownText},
 * XHTML through {@link HtmlRenderer#esc}. What is markup already comes as {@link RawString} from the {@code md:} and
 * {@code html:} functions (source numbers, links, charts).
 */
final class BriefTemplates {

    static final Variant MARKDOWN = Variant.forContentType("text/markdown");
    static final Variant XHTML = Variant.forContentType("text/html");

    private static final Engine ENGINE = Engine.builder().addDefaults().addValueResolver(new ReflectionValueResolver())
            .addNamespaceResolver(io.quarkus.qute.NamespaceResolver.builder("md").resolve(BriefTemplates::markdown).build())
            .addNamespaceResolver(io.quarkus.qute.NamespaceResolver.builder("html").resolve(BriefTemplates::html).build())
            .addResultMapper(escaper(MARKDOWN, MarkdownText::text)).addResultMapper(escaper(XHTML, HtmlRenderer::esc)).build();

    static final Template BRIEF_MD = ENGINE.parse(read("brief/brief.md"), MARKDOWN, "brief.md");
    static final Template BRIEF_HTML = ENGINE.parse(read("brief/brief.html"), XHTML, "brief.html");

    private BriefTemplates() {
    }

    static String render(Template template, BriefLayout layout) {
        return template.data("b", layout.brief()).data("layout", layout).render();
    }

    /** md:line(text), md:cite(footnotes), md:refs(footnotes), md:source(source): Markdown markup from values. */
    private static CompletionStage<Object> markdown(EvalContext ctx) {
        return ctx.evaluate(ctx.getParams().get(0)).thenApply(value -> switch (ctx.getName()) {
            case "line" -> new RawString(MarkdownText.lineText(String.valueOf(value)));
            case "cite" -> new RawString(((List<?>) value).isEmpty() ? "" : " " + refs((List<?>) value));
            case "refs" -> new RawString(refs((List<?>) value));
            case "cell" -> new RawString(value == null ? "—" : MarkdownText.text(String.valueOf(value)));
            case "source" -> new RawString(source((Brief.SourceEntry) value));
            default -> throw new IllegalArgumentException("no md:" + ctx.getName());
        });
    }

    /** html:refs(footnotes), html:chart(block): XHTML markup from values. */
    private static CompletionStage<Object> html(EvalContext ctx) {
        return ctx.evaluate(ctx.getParams().get(0)).thenApply(value -> switch (ctx.getName()) {
            case "refs" -> new RawString(htmlRefs((List<?>) value));
            case "chart" -> new RawString(SvgCharts.svg(((BriefLayout.Block) value).chart(), "chart-" + ((BriefLayout.Block) value).number()));
            case "range" -> {
                Chart.Point p = (Chart.Point) value;
                yield p.low() == null || p.high() == null ? "—"
                        : io.labwatch.domain.figures.Money.compact(p.low()) + "–" + io.labwatch.domain.figures.Money.compact(p.high());
            }
            default -> throw new IllegalArgumentException("no html:" + ctx.getName());
        });
    }

    private static String refs(List<?> footnotes) {
        return footnotes.isEmpty() ? "" : "[" + footnotes.stream().map(String::valueOf).collect(Collectors.joining(", ")) + "]";
    }

    static String htmlRefs(List<?> footnotes) {
        return footnotes.isEmpty() ? "" : "<sup>" + footnotes.stream().map(n -> "<a href=\"#source-" + n + "\">" + n + "</a>")
                .collect(Collectors.joining(", ")) + "</sup>";
    }

    /** "*Headline*" or a link to it (http and https only), then author, date and grade. */
    private static String source(Brief.SourceEntry s) {
        StringBuilder md = new StringBuilder(s.url() == null ? "*" + MarkdownText.text(s.headline()) + "*" : MarkdownText.link(s.headline(), s.url()));
        if (s.author() != null) {
            md.append(", ").append(MarkdownText.text(s.author()));
        }
        if (s.publishedOn() != null) {
            md.append(", ").append(MarkdownText.text(s.publishedOn()));
        }
        if (s.reliability() != null) {
            md.append(" (reliability ").append(MarkdownText.text(s.reliability())).append(")");
        }
        return md.toString();
    }

    /** Escapes every value a template of this variant writes, except markup already made ({@link RawString}). */
    private static ResultMapper escaper(Variant variant, java.util.function.UnaryOperator<String> escape) {
        return new ResultMapper() {
            @Override
            public boolean appliesTo(TemplateNode.Origin origin, Object result) {
                return !(result instanceof RawString) && origin.getVariant().filter(v -> v.getContentType().equals(variant.getContentType())).isPresent();
            }

            @Override
            public String map(Object result, io.quarkus.qute.Expression expression) {
                return escape.apply(result.toString());
            }
        };
    }

    private static String read(String path) {
        try (InputStream in = BriefTemplates.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing template " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
