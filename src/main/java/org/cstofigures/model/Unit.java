package org.cstofigures.model;

import java.util.Arrays;
import java.util.List;

/** Normalized unit of a figure; {@link #code()} is the value written in every published format. */
public enum Unit implements Coded {
    KG("kg"), HA("ha"), PERSON("person"), CASE("case"), ITEM("item"), STAGE("stage"), COUNTRY("country"),
    DOCUMENT("document"), STATEMENT("statement"), GROUP("group"), SITE("site"), VEHICLE("vehicle"),
    SHIP("ship"), WEAPON("weapon"), USD("USD"), RUB("RUB"), KRW("KRW"), EUR("EUR"), PERCENT("percent"),
    RATIO("ratio"), DAY("day"), MONTH("month"), YEAR("year"), OTHER("other");

    private final String code;

    Unit(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** True for units whose values count whole things (persons, cases, items …), which must be integers. */
    public boolean isCount() {
        switch (this) {
            case KG: case HA: case USD: case RUB: case KRW: case EUR: case PERCENT: case RATIO:
            case DAY: case MONTH: case YEAR:
                return false;
            default:
                return true;
        }
    }

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
