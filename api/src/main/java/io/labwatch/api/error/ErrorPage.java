package io.labwatch.api.error;

/** The page a browser gets when a web page fails: the status, what went wrong, and a way back. */
final class ErrorPage {

    private ErrorPage() {
    }

    static String html(Problem problem) {
        StringBuilder fields = new StringBuilder();
        if (problem.errors() != null) {
            problem.errors().forEach(e -> fields.append("<li><strong>").append(esc(e.field())).append("</strong>: ")
                    .append(esc(e.message())).append("</li>"));
        }
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + problem.status() + " " + esc(problem.title()) + " · Labwatch</title>"
                + "<link rel=\"stylesheet\" href=\"/css/labwatch.css\"></head><body><header class=\"site-header\"><a class=\"brand\" href=\"/\">Labwatch</a></header>"
                + "<main id=\"main\"><h1>" + problem.status() + " · " + esc(problem.title()) + "</h1><p>" + esc(problem.detail()) + "</p>"
                + (fields.length() == 0 ? "" : "<ul>" + fields + "</ul>") + "<p><a href=\"/\">Back to the labs</a></p></main></body></html>";
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
