package io.labwatch.domain.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Other names of a lab, person or outlet, kept as one text with semicolons between them ("CNBC.com; CNBC News"). */
public final class Aliases {

    /** The rule a Wikidata id follows: Q and a number, "Q116758847". */
    public static final String WIKIDATA_ID = "^Q[1-9][0-9]*$";

    private Aliases() {
    }

    /**
     * A LIKE pattern that finds, in lower case, every aliases text that may hold this lower-case name (its wildcards
     * dropped); the caller keeps those whose {@link #names} hold it exactly.
     */
    public static String containing(String lowerCaseName) {
        return "%" + lowerCaseName.replace("%", "").replace("_", "") + "%";
    }

    /** The name and every alias, trimmed and in lower case, for matching a name someone wrote. */
    public static List<String> names(String name, String aliases) {
        List<String> names = new ArrayList<>();
        if (name != null) {
            names.add(name.trim().toLowerCase(Locale.ROOT));
        }
        if (aliases != null) {
            Arrays.stream(aliases.split(";")).map(String::trim).filter(a -> !a.isEmpty()).map(a -> a.toLowerCase(Locale.ROOT)).forEach(names::add);
        }
        return names;
    }
}
