package org.cstofigures.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which figures make an operation's latest report: the latest period's, never a line's neighbours. */
class HeadlinesTest {

    private static Row figure(String id, String operation, int line, String start, String end) {
        Map<String, Object> m = new HashMap<>();
        m.put("figure_id", id);
        m.put("operation", operation);
        m.put("first_line", line);
        m.put("source_id", "s");
        m.put("period_start", start);
        m.put("period_end", end);
        return new Row(m);
    }

    @Test
    void theLatestReportHoldsTheFiguresOfTheLatestPeriodOnly() {
        List<Row> figures = List.of(
                figure("a", "X", 10, "2018-01-01", "2018-12-31"),
                figure("b", "X", 20, "2019-02-26", "2019-03-01"),
                figure("c", "X", 20, "2003-01-01", "2019-12-31"), // a total over the operation's life, same line
                figure("d", "X", 20, "", ""), // undated, same line
                figure("e", "X", 21, "2019-02-26", "2019-03-01"), // the same period, the next line
                figure("f", "Y", 20, "2019-02-26", "2019-03-01"));
        Headlines.Group g = Headlines.latest(figures, "X");
        assertEquals(List.of("b", "e"), g.figures().stream().map(r -> r.text("figure_id")).toList());
        assertEquals("Operation X: latest report (2019-02-26 to 2019-03-01)", g.title());
        assertNull(Headlines.latest(List.of(figure("z", "Z", 1, "", "")), "Z"));
    }
}
