package org.cstofigures.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Normalized unit of a figure; {@link #code()} is the value written in every published format. Every unit
 * declares its {@link Kind}, so a new unit states whether its values are whole counts (a new "km" would be
 * {@code LENGTH}, and 2.5 km stays a figure) instead of inheriting a default.
 */
public enum Unit implements Coded {
    KG("kg", Kind.MASS), HA("ha", Kind.AREA), PERSON("person", Kind.COUNT), CASE("case", Kind.COUNT),
    ITEM("item", Kind.COUNT), STAGE("stage", Kind.COUNT), COUNTRY("country", Kind.COUNT),
    DOCUMENT("document", Kind.COUNT), STATEMENT("statement", Kind.COUNT), GROUP("group", Kind.COUNT),
    SITE("site", Kind.COUNT), VEHICLE("vehicle", Kind.COUNT), SHIP("ship", Kind.COUNT), WEAPON("weapon", Kind.COUNT),
    USD("USD", Kind.MONEY), RUB("RUB", Kind.MONEY), KRW("KRW", Kind.MONEY), EUR("EUR", Kind.MONEY),
    GBP("GBP", Kind.MONEY), KZT("KZT", Kind.MONEY), M("m", Kind.LENGTH),
    PERCENT("percent", Kind.PERCENT), RATIO("ratio", Kind.RATIO), DAY("day", Kind.DURATION),
    MONTH("month", Kind.DURATION), YEAR("year", Kind.DURATION), HOUR("hour", Kind.DURATION),
    MINUTE("minute", Kind.DURATION),
    /** Times, occurrences and kinds (번, 회, 차례, 가지): counted. */
    OTHER("other", Kind.COUNT);

    /** What a unit measures. */
    public enum Kind implements Coded {
        COUNT, MASS, AREA, LENGTH, DURATION, MONEY, RATIO, PERCENT;

        @Override
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final String code;
    private final Kind kind;

    Unit(String code, Kind kind) {
        this.code = code;
        this.kind = kind;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    /** True for units whose values count whole things (persons, cases, items …), which must be integers. */
    public boolean isCount() {
        return kind == Kind.COUNT;
    }

    /** The value of a published code; where text enters (a YAML file, a TSV list), it is parsed here, once. */
    @JsonCreator
    public static Unit fromCode(String code) {
        for (Unit u : values()) {
            if (u.code.equals(code)) {
                return u;
            }
        }
        throw new IllegalArgumentException("unknown unit '" + code + "'; expected one of " + codes());
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Unit::code).toList();
    }
}
