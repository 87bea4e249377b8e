package io.labwatch.domain.source;

/**
 * How reliable a source is, graded apart from the claim it carries (the NATO/Admiralty scale): A is best. A reader
 * sees it beside the fact's certainty: "B · reported".
 */
public enum Reliability {
    A("completely reliable"),
    B("usually reliable"),
    C("fairly reliable"),
    D("not usually reliable"),
    E("unreliable"),
    F("reliability cannot be judged");

    public final String words;

    Reliability(String words) {
        this.words = words;
    }

    /** A list filter's value, a grade letter, as that grade and every better one ("B": A and B); else an error in words. */
    public static java.util.List<Reliability> atLeast(String raw) {
        return ((Reliability) io.labwatch.domain.listing.ListSpec.oneOf(Reliability.class).apply(raw)).atLeast();
    }

    /** This grade and every better one: "at least B" is A and B. */
    public java.util.List<Reliability> atLeast() {
        return java.util.Arrays.stream(values()).filter(r -> r.ordinal() <= ordinal()).toList();
    }
}
