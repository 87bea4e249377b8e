package io.labwatch.web.shared;

/**
 * Where a form returns after saving: the page the analyst came from, given as {@code back}. Only a path on this site
 * is taken ("/labs/anthropic?tab=x"); anything that a browser could read as another site ("//evil.example",
 * "/\evil.example", "https://...") or that would split a header falls back, so the parameter cannot be used to send
 * someone elsewhere.
 */
public final class ReturnTo {

    private ReturnTo() {
    }

    public static String path(String back, String fallback) {
        String safe = pathOrNull(back);
        return safe == null ? fallback : safe;
    }

    public static String pathOrNull(String back) {
        if (back == null || back.length() > 1000 || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\")) {
            return null;
        }
        for (char c : back.toCharArray()) {
            if (c < 0x21 || c == 0x7f || c == '\\') {
                return null;
            }
        }
        return back;
    }
}
