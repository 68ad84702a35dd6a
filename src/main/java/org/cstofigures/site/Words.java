package org.cstofigures.site;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.cstofigures.model.Unit;

/**
 * A figure's value in words, the way a reader should quote it: "at least 12,000 kg (12 t)", "about 3,600
 * people", "between 100,000 and 999,999 cases". Follows the qualifier vocabulary of the figures table.
 */
final class Words {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private Words() {
    }

    /** The value with its qualifier and unit in words. */
    static String value(Row f) {
        String q = f.text("qualifier");
        BigDecimal v = f.decimal("value");
        BigDecimal lo = f.decimal("value_low");
        BigDecimal hi = f.decimal("value_high");
        String unit = unit(f.text("unit"));
        if (v == null) {
            if (lo != null && hi != null) {
                return "between " + amount(lo, "") + " and " + amount(hi, unit)
                        + ("vague".equals(q) ? " (a vague amount)" : "");
            }
            if (lo != null) {
                return "at least " + amount(lo, unit);
            }
            if (hi != null) {
                return "at most " + amount(hi, unit);
            }
            return "no value";
        }
        return prefix(q) + amount(v, unit);
    }

    /** The interval the value stands for, in words: "12,000 kg or more", "exactly 5 years", "100,000 to 999,999". */
    static String interval(Row f) {
        BigDecimal lo = f.decimal("value_low");
        BigDecimal hi = f.decimal("value_high");
        String unit = unit(f.text("unit"));
        if (lo != null && hi != null) {
            return lo.compareTo(hi) == 0 ? "exactly " + amount(lo, unit)
                    : "from " + amount(lo, unit) + " to " + amount(hi, unit);
        }
        if (lo != null) {
            return amount(lo, unit) + " or more, no upper bound stated";
        }
        if (hi != null) {
            return "up to " + amount(hi, unit) + ", no lower bound stated";
        }
        return "no bounds stated: the source gives an approximate value only";
    }

    static String prefix(String qualifier) {
        switch (qualifier) {
            case "approx":
                return "about ";
            case "approx_over":
                return "a little over ";
            case "at_least":
                return "at least ";
            case "at_most":
                return "at most ";
            case "almost":
                return "almost ";
            case "vague":
                return "vaguely ";
            case "range":
                return "in a range around ";
            default:
                return "";
        }
    }

    /** What a qualifier means, for the legend and the caveats. */
    static String meaning(String qualifier) {
        switch (qualifier) {
            case "exact":
                return "stated as an exact number";
            case "approx":
                return "\"about\": the true value may be a little above or below";
            case "approx_over":
                return "\"a little over\": somewhat above the stated value";
            case "at_least":
                return "\"at least\" / \"more than\": a lower bound, the true value may be much higher";
            case "at_most":
                return "\"at most\" / \"up to\": an upper bound";
            case "almost":
                return "\"almost\": just below the stated value";
            case "vague":
                return "a vague amount (\"tens\", \"hundreds of thousands\"): only the bounds are known";
            case "range":
                return "a range stated in the text";
            default:
                return qualifier;
        }
    }

    /** Count and duration units read in the plural after any number but one: "784 cases", "19 people". */
    private static final Map<String, String> PLURAL = plurals();

    private static Map<String, String> plurals() {
        Map<String, String> m = new HashMap<>();
        for (Unit u : Unit.values()) {
            if (u.kind() == Unit.Kind.COUNT || u.kind() == Unit.Kind.DURATION) {
                m.put(u.code(), u.code() + "s");
            }
        }
        m.put(Unit.PERSON.code(), "people");
        m.put(Unit.COUNTRY.code(), "countries");
        return Map.copyOf(m);
    }

    static String amount(BigDecimal v, String unit) {
        String word = v.compareTo(BigDecimal.ONE) == 0 ? unit : PLURAL.getOrDefault(unit, unit);
        String s = Html.num(v) + (word.isEmpty() ? "" : " " + word);
        if ("kg".equals(unit) && v.abs().compareTo(THOUSAND) >= 0) {
            s += " (" + Html.num(v.divide(THOUSAND)) + " t)";
        }
        return s;
    }

    static String unit(String code) {
        return "other".equals(code) ? "" : code;
    }

    /** A period in words: "2018-01-01 to 2018-12-31", one date when start equals end, empty when none. */
    static String period(Row f) {
        String s = f.text("period_start");
        String e = f.text("period_end");
        if (s.isEmpty() && e.isEmpty()) {
            return "";
        }
        String p = s.equals(e) ? s : (s.isEmpty() ? "…" : s) + " to " + (e.isEmpty() ? "…" : e);
        String precision = f.text("period_precision");
        return precision.isEmpty() ? p : p + " (precision: " + precision + ")";
    }
}
