package org.cstofigures.site;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cstofigures.publish.Cells;
import org.cstofigures.publish.Table;

/**
 * One row of a published table read by column name, so that the pages follow the table definitions instead of
 * column positions; a column a table does not have reads as missing.
 */
record Row(Map<String, Object> cells) {

    Row {
        cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    }

    static List<Row> of(Table t) {
        List<Row> out = new ArrayList<>(t.rows().size());
        for (List<Object> r : t.rows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < r.size(); i++) {
                m.put(t.columns().get(i).name(), r.get(i));
            }
            out.add(new Row(m));
        }
        return out;
    }

    Object get(String column) {
        return cells.get(column);
    }

    /** The cell as text, empty when missing. */
    String text(String column) {
        return Cells.text(cells.get(column));
    }

    boolean has(String column) {
        Object v = cells.get(column);
        return v != null && !(v instanceof String && ((String) v).isEmpty());
    }

    BigDecimal decimal(String column) {
        Object v = cells.get(column);
        if (v == null) {
            return null;
        }
        if (v instanceof BigDecimal) {
            return (BigDecimal) v;
        }
        if (v instanceof Number) {
            return new BigDecimal(v.toString());
        }
        try {
            return new BigDecimal(v.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The cell as an int, or -1 when missing. */
    int integer(String column) {
        BigDecimal d = decimal(column);
        return d == null ? -1 : d.intValue();
    }

    /** The ';'-separated parts of the cell (e.g. flags), none when missing. */
    List<String> list(String column) {
        String s = text(column);
        return s.isEmpty() ? List.of() : List.of(s.split(";"));
    }
}
