package io.labwatch.domain.epoch;

import io.labwatch.domain.shared.Certainty;
import java.util.Locale;
import java.util.Optional;

/**
 * Epoch AI's confidence words and per-value tags as Labwatch's certainty. Epoch grades how sure it is of a figure;
 * Labwatch grades who stands behind a fact (rumoured, reported, confirmed by the party). So "Confident" and "Likely"
 * figures are reported, and "Speculative" ones rumoured; nothing Epoch says makes a fact confirmed. Epoch's own word
 * is kept in the citation's note, so a reader sees both.
 */
public final class EpochConfidence {

    public static final String RULE = "Epoch AI's Confident and Likely (#confident, #likely) are reported; Speculative and Unlikely"
            + " (#speculative, #unlikely) are rumoured; an empty confidence is reported. Epoch's word is kept in each citation's note.";

    private EpochConfidence() {
    }

    /** The certainty of a confidence word or tag ("Likely", "#likely"); empty when the word is not one Epoch uses. */
    public static Optional<Certainty> certainty(String word) {
        String w = word == null ? "" : word.trim().toLowerCase(Locale.ROOT).replaceFirst("^#", "");
        return switch (w) {
            case "", "confident", "likely" -> Optional.of(Certainty.REPORTED);
            case "speculative", "unlikely", "unknown" -> Optional.of(Certainty.RUMOURED);
            default -> Optional.empty();
        };
    }

    /** A name with its tag split off: "Microsoft #confident" gives ("Microsoft", "confident"). */
    public static String[] tagged(String value) {
        String v = value.trim();
        int hash = v.indexOf(" #");
        return hash < 0 ? new String[] {v, ""} : new String[] {v.substring(0, hash).trim(), v.substring(hash + 2).trim()};
    }
}
