package io.labwatch.web.shared;

import java.util.Locale;

/** Names from the code in words for people: "announcedOn" is "Announced on", "AI_STARTUP" "AI startup". */
public final class Words {

    private Words() {
    }

    /** A constant (FRONTIER_LAB) or a field name (announcedOn) in words, with its acronyms in capitals. */
    public static String label(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        String words = name.contains("_") || name.equals(name.toUpperCase(Locale.ROOT)) ? name.replace('_', ' ').toLowerCase(Locale.ROOT)
                : name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        words = words.replaceAll("\\bai\\b", "AI").replaceAll("\\bceo\\b", "CEO").replaceAll("\\busd\\b", "USD")
                .replaceAll("\\bflop\\b", "FLOP").replaceAll("\\bmw\\b", "MW").replaceAll("\\bh100\\b", "H100").replaceAll("\\bapi\\b", "API")
                .replaceAll("\\barr\\b", "ARR").replaceAll("\\burl\\b", "URL");
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
