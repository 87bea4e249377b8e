package io.labwatch.domain.hire;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What kind of role a talent move is about, read from its role, team and mandate. The first class whose words
 * appear wins, in this order, so that a "security researcher in the frontier red team" is safety and security, not
 * research, and a "chief scientist" is an executive.
 */
public enum RoleClass {
    SAFETY_AND_SECURITY("safety and security", "safety|red team|red-team|security|alignment|governance|policy|trust|interpretability|preparedness"),
    EXECUTIVE("executive", "\\bchief\\b|\\bceo\\b|\\bcto\\b|\\bcoo\\b|\\bcfo\\b|president|\\bvp\\b|vice president|co-?founder|managing director|general manager"),
    RESEARCH("research", "research|scientist|pre-?training|post-?training|\\btraining\\b|\\bmodel|reinforcement|\\brl\\b|reasoning"),
    ENGINEERING("engineering", "engineer|infrastructure|inference|platform|systems|compute|hardware|developer"),
    PRODUCT("product", "product|design|\\bux\\b|applied"),
    GO_TO_MARKET("go-to-market", "sales|marketing|partnership|business development|go-to-market|customer|revenue|commercial|communications"),
    OTHER("other", "$^");

    public final String label;
    private final Pattern words;

    RoleClass(String label, String words) {
        this.label = label;
        this.words = Pattern.compile(words);
    }

    public static RoleClass of(Hire hire) {
        String text = (nullToEmpty(hire.role) + " " + nullToEmpty(hire.team) + " " + nullToEmpty(hire.mandate)).toLowerCase(Locale.ROOT);
        for (RoleClass c : values()) {
            if (c.words.matcher(text).find()) {
                return c;
            }
        }
        return OTHER;
    }

    /** Research and engineering: the roles that build what a lab can do. */
    public boolean isCapability() {
        return this == RESEARCH || this == ENGINEERING;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
