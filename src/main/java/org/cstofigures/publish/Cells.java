package org.cstofigures.publish;

import java.math.BigDecimal;
import java.time.LocalDate;

/** How a cell value is rendered as text (CSV and friends): plain decimals, ISO dates, empty for missing. */
public final class Cells {

    private Cells() {
    }

    public static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal) {
            return ((BigDecimal) v).toPlainString();
        }
        if (v instanceof LocalDate) {
            return v.toString();
        }
        return v.toString();
    }
}
