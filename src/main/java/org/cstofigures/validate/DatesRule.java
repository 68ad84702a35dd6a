package org.cstofigures.validate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.cstofigures.config.ValidationConfig.Dates;
import org.cstofigures.config.ValidationConfig.Severity;
import org.cstofigures.config.ValidationConfig;
import org.cstofigures.model.Figure;
import org.cstofigures.model.Precision;
import org.cstofigures.source.Document;

/**
 * Periods in order, not after the source's publication date at the precision the text gives (a text cannot
 * report what had not happened) and not before the organization existed (organization_founded; every source
 * here is about the CSTO).
 */
final class DatesRule implements Rule {

    /** pipeline.yaml: {@code validation.rules.dates}; default severity warning. */
    static final RuleSpec<ValidationConfig.Dates> SPEC = new RuleSpec<>(RuleId.DATES,
            ValidationConfig.Dates.class, ValidationConfig.Rules::dates, Severity.WARNING,
            (severity, rules) -> new DatesRule(severity, rules.dates()));

    private final Severity severity;
    private final Dates config;

    DatesRule(Severity severity, Dates config) {
        this.severity = severity;
        this.config = config;
    }

    @Override
    public RuleId id() {
        return RuleId.DATES;
    }

    @Override
    public List<Finding> check(RuleInput in) {
        List<Finding> out = new ArrayList<>();
        for (Figure f : in.set().figures()) {
            LocalDate start = f.periodStart();
            LocalDate end = f.periodEnd();
            if (start == null && end == null) {
                continue;
            }
            List<String> problems = new ArrayList<>();
            if (start != null && end != null && start.isAfter(end)) {
                problems.add("period_start " + start + " is after period_end " + end);
            }
            Document d = in.docs().get(f.sourceId());
            LocalDate published = d == null ? null : d.source().published();
            LocalDate first = start != null ? start : end;
            if (published != null && after(first, published, f.periodPrecision())) {
                problems.add("the period starts " + first + ", after the source was published (" + published + ")");
            } else if (published != null && end != null && after(end, published, f.periodPrecision())) {
                problems.add("the period ends " + end + ", after the source was published (" + published
                        + "); a plan or target, not a result?");
            }
            LocalDate last = end != null ? end : start;
            if (last.isBefore(config.organizationFounded())) {
                problems.add("the period " + (start == null ? "" : start + "..") + last
                        + " lies before the organization existed (" + config.organizationFounded() + ")");
            }
            if (!problems.isEmpty()) {
                out.add(in.finding(id(), severity, f, "figure " + RuleInput.describe(f) + ": "
                        + String.join("; ", problems),
                        "check the period against the text (relative dates such as '20년 전' depend on when the"
                                + " original was written); correct period_start/period_end in curated/corrections.yaml"
                                + " or acknowledge"));
            }
        }
        return out;
    }

    /**
     * Whether {@code date} lies after {@code published} at the precision the text gave: "2003년부터 2019년까지"
     * (year precision, ending 2019-12-31) is not after a page dated 2019-09-06, but 2020 is.
     */
    private static boolean after(LocalDate date, LocalDate published, Precision precision) {
        if (precision == Precision.YEAR) {
            return date.getYear() > published.getYear();
        }
        if (precision == Precision.MONTH) {
            return YearMonth.from(date).isAfter(YearMonth.from(published));
        }
        return date.isAfter(published);
    }
}
