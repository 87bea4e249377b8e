package io.labwatch.domain.finance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A metric's period as dates: a year (2026), half (2026-H1), quarter (2026-Q2) or month (2026-05), with how many
 * months it spans, so that a figure for a quarter can be annualised and paired with a valuation of the same time.
 */
public record ReportingPeriod(String label, LocalDate start, LocalDate end, int months) {

    private static final Pattern FORM = Pattern.compile("^([0-9]{4})(?:-(?:Q([1-4])|H([12])|(0[1-9]|1[0-2])))?$");

    /** The period a label names, or empty when the label is not one (stored data may be odd; nothing must fail). */
    public static Optional<ReportingPeriod> parse(String label) {
        if (label == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(label.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int firstMonth;
        int months;
        if (m.group(2) != null) {
            firstMonth = (Integer.parseInt(m.group(2)) - 1) * 3 + 1;
            months = 3;
        } else if (m.group(3) != null) {
            firstMonth = m.group(3).equals("1") ? 1 : 7;
            months = 6;
        } else if (m.group(4) != null) {
            firstMonth = Integer.parseInt(m.group(4));
            months = 1;
        } else {
            firstMonth = 1;
            months = 12;
        }
        YearMonth first = YearMonth.of(year, firstMonth);
        return Optional.of(new ReportingPeriod(label.trim(), first.atDay(1), first.plusMonths(months - 1L).atEndOfMonth(), months));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
