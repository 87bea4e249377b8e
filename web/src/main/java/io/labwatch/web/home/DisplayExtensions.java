package io.labwatch.web.home;

import io.labwatch.domain.funding.Money;
import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.util.Locale;

/** Display values computed for templates, so that templates hold no logic. */
@TemplateExtension
public class DisplayExtensions {

    /** $900B, $10.9B. */
    static String money(BigDecimal amount) {
        return Money.compact(amount);
    }

    /** FRONTIER_LAB becomes "Frontier lab". */
    static String label(Enum<?> value) {
        return label(value.name());
    }

    /** HIRE_IN becomes "Hire in". */
    static String label(String constant) {
        String words = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
