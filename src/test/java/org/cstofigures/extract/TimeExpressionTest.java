package org.cstofigures.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.cstofigures.model.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates and periods: explicit, spaced, ranges, relative to the publication date, and never quantities. */
class TimeExpressionTest {

    private static final Extractor X = Extractors.standard();
    private static final LocalDate PUBLISHED = LocalDate.of(2019, 9, 6);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "협정은 2002년 10월 7일 서명됐다.|2002년 10월 7일|2002-10-07|2002-10-07|DAY",
        "그는 2003 년 4 월 취임했다.|2003 년 4 월|2003-04-01|2003-04-30|MONTH",
        "1999년 아르메니아가 서명했다.|1999년|1999-01-01|1999-12-31|YEAR",
        "2018년 10월 1일부터 11월 2일까지 열렸다.|2018년 10월 1일부터 11월 2일까지|2018-10-01|2018-11-02|DAY",
        "2003년부터 2019년까지 진행됐다.|2003년부터 2019년까지|2003-01-01|2019-12-31|YEAR",
        "2019년 4월~5월에 실시됐다.|2019년 4월~5월|2019-04-01|2019-05-31|MONTH",
        "2018년 훈련은 10월 1~5일 열렸다.|10월 1~5일|2018-10-01|2018-10-05|DAY",
        "2018년 훈련은 10월 30일 - 11월 2일 열렸다.|10월 30일 - 11월 2일|2018-10-30|2018-11-02|DAY",
        "올해 2 월 26 일 ~ 3 월 1 일 실시된 작전|올해 2 월 26 일 ~ 3 월 1 일|2019-02-26|2019-03-01|DAY",
        "올해 회의가 열린다.|올해|2019-01-01|2019-12-31|YEAR",
        "금년 예산이 늘었다.|금년|2019-01-01|2019-12-31|YEAR",
        "지난해 수출이 줄었다.|지난해|2018-01-01|2018-12-31|YEAR",
        "작년 12월 발표됐다.|작년 12월|2018-12-01|2018-12-31|MONTH",
        "내년 3월에 개최된다.|내년 3월|2020-03-01|2020-03-31|MONTH",
        "2015년 창설됐고 이듬해 확대됐다.|이듬해|2016-01-01|2016-12-31|YEAR",
        "2015-20년 전략이 채택됐다.|2015-20년|2015-01-01|2020-12-31|YEAR",
        "디자인과 인테리어 06.09.2019|06.09.2019|2019-09-06|2019-09-06|DAY",
        "서울, 2024.03.15 연합뉴스|2024.03.15|2024-03-15|2024-03-15|DAY",
        "１９９２년 ５월 １５일 서명|１９９２년 ５월 １５일|1992-05-15|1992-05-15|DAY",
        "1993년 9월 가입했고 같은 해 12월 조지아가 가입했다.|12월|1993-12-01|1993-12-31|MONTH",
        "1990년대 초 경제 위기|1990년대|1990-01-01|1999-12-31|YEAR",
        "2020년 2월 1일부터 29일까지|2020년 2월 1일부터 29일까지|2020-02-01|2020-02-29|DAY",
    })
    void resolves(String text, String surface, String from, String to, Precision precision) {
        Extraction x = X.extract(text, PUBLISHED);
        TimeExpression t = x.times().stream().filter(e -> e.surface().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no time [" + surface + "] in " + x.times()));
        assertEquals(LocalDate.parse(from), t.period().start());
        assertEquals(LocalDate.parse(to), t.period().end());
        assertEquals(precision, t.period().precision());
        assertEquals(surface, CorpusTest.cpSub(text, t.start(), t.end()));
        assertTrue(x.quantities().isEmpty(), "dates are never quantities: " + x.quantities());
    }

    @Test
    void relativeDatesNeedAPublicationDate() {
        assertTrue(X.extract("올해 회의가 열린다.", null).times().isEmpty());
        assertTrue(X.extract("올해 2 월 26 일 회의", null).times().isEmpty());
        assertTrue(X.extract("올해 2 월 26 일 회의", null).quantities().isEmpty());
    }

    @Test
    void yearlessDatesWithoutContextYieldNothing() {
        Extraction x = X.extract("회의는 3 월 12 일에 열린다.", PUBLISHED);
        assertTrue(x.times().isEmpty());
        assertTrue(x.quantities().isEmpty());
    }

    @Test
    void impossibleDatesAreNotReported() {
        for (String s : List.of("2019년 2월 30일", "2019년 13월", "2019.13.45", "99.99.9999")) {
            Extraction x = X.extract(s, PUBLISHED);
            for (TimeExpression t : x.times()) {
                assertTrue(!t.period().end().isBefore(t.period().start()), s);
                assertTrue(t.period().start().getMonthValue() <= 12, s);
            }
            assertTrue(x.quantities().isEmpty(), s);
        }
    }

    @Test
    void durationsAreQuantitiesNotDates() {
        Extraction x = X.extract("조약은 5년 동안 체결되었으며 1994년 4월 발효됐다.", PUBLISHED);
        assertEquals(List.of("5년 동안"), x.quantities().stream().map(Quantity::surface).toList());
        assertEquals(List.of("1994년 4월"), x.times().stream().map(TimeExpression::surface).toList());
    }
}
