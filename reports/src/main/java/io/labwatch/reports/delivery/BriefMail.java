package io.labwatch.reports.delivery;

import io.labwatch.domain.brief.PublishedBrief;
import io.labwatch.reports.brief.BriefChanges;
import io.labwatch.reports.build.BriefService;
import io.labwatch.reports.render.HtmlRenderer;
import io.quarkus.mailer.Mail;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The emails of scheduled briefs. A brief's email opens with what changed since the subscriber's previous brief, then
 * the brief itself (HTML body, Markdown as the plain-text part, PDF attached); an erratum names each fact corrected
 * since the brief it corrects was sent. Both carry a one-click unsubscribe link (RFC 8058 headers too).
 */
final class BriefMail {

    private BriefMail() {
    }

    static Mail brief(String to, PublishedBrief brief, BriefChanges changes, String unsubscribeUrl, String briefUrl) {
        String changed = changesHtml(changes);
        String html = brief.html.replaceFirst("<body>\\n", java.util.regex.Matcher.quoteReplacement("<body>\n" + changed))
                .replace("</body>", footer(unsubscribeUrl, briefUrl) + "</body>");
        return unsubscribable(Mail.withHtml(to, "Labwatch brief: " + brief.headline, html), unsubscribeUrl)
                .setText(brief.markdown + "\n\nUnsubscribe: " + unsubscribeUrl + "\n")
                .addAttachment(fileName(brief) + ".pdf", brief.pdf, "application/pdf");
    }

    static Mail erratum(String to, PublishedBrief brief, List<io.labwatch.reports.brief.Erratum> errata, String unsubscribeUrl, String briefUrl) {
        String items = errata.stream().map(e -> "<li>" + HtmlRenderer.escape(e.statement()) + " <em>(" + HtmlRenderer.escape(e.change())
                + ")</em></li>\n").collect(Collectors.joining());
        String html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/><title>Correction</title></head><body>\n"
                + "<h1>Correction to " + HtmlRenderer.escape(brief.headline) + "</h1>\n<p>Since this brief was sent, Labwatch has corrected"
                + " facts it stated:</p>\n<ul>\n" + items + "</ul>\n" + footer(unsubscribeUrl, briefUrl) + "</body></html>\n";
        String text = "Correction to " + brief.headline + "\n\n" + errata.stream().map(e -> "- " + e.statement() + " (" + e.change() + ")")
                .collect(Collectors.joining("\n")) + "\n\nThe brief: " + briefUrl + "\nUnsubscribe: " + unsubscribeUrl + "\n";
        return unsubscribable(Mail.withHtml(to, "Correction: " + brief.headline, html), unsubscribeUrl).setText(text);
    }

    /** "What changed since your last brief", first in the email; nothing for a first brief. */
    private static String changesHtml(BriefChanges c) {
        if (c.previousId() == null) {
            return "<p class=\"changes\"><em>Your first brief of this series: nothing to compare yet.</em></p>\n";
        }
        StringBuilder h = new StringBuilder("<h2>What changed since the last brief</h2>\n");
        if (c.added().isEmpty() && c.changed().isEmpty() && c.removed().isEmpty()) {
            return h.append("<p>No facts changed.</p>\n").toString();
        }
        list(h, "New", c.added().stream().map(f -> HtmlRenderer.escape(f.statement())).toList());
        list(h, "Revised", c.changed().stream().map(f -> HtmlRenderer.escape(f.before()) + " → " + HtmlRenderer.escape(f.after())).toList());
        list(h, "No longer in the brief", c.removed().stream().map(f -> HtmlRenderer.escape(f.statement()) + " <em>("
                + HtmlRenderer.escape(f.reason()) + ")</em>").toList());
        return h.toString();
    }

    private static void list(StringBuilder h, String title, List<String> items) {
        if (!items.isEmpty()) {
            h.append("<h3>").append(title).append("</h3>\n<ul>\n");
            items.forEach(i -> h.append("<li>").append(i).append("</li>\n"));
            h.append("</ul>\n");
        }
    }

    private static String footer(String unsubscribeUrl, String briefUrl) {
        return "<hr/>\n<p style=\"font-size:9pt;color:#555\">You subscribed to this brief on Labwatch. <a href=\"" + HtmlRenderer.escape(briefUrl)
                + "\">Read it on Labwatch</a> · <a href=\"" + HtmlRenderer.escape(unsubscribeUrl) + "\">Unsubscribe</a> (one click).</p>\n";
    }

    private static Mail unsubscribable(Mail mail, String unsubscribeUrl) {
        return mail.addHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">").addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }

    private static String fileName(PublishedBrief brief) {
        String name = brief.headline.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return name.isEmpty() ? "labwatch-brief" : name.substring(0, Math.min(name.length(), 80));
    }
}
