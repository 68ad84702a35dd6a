package org.cstofigures.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import org.cstofigures.model.Precision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One event per dated clause, on sentences written for this test (none from the article). */
class ClauseReaderTest {

    private static EventStage stage;
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 6, 30);

    @BeforeAll
    static void load() {
        stage = Fixtures.stage();
    }

    private static List<Event> read(String s) {
        return Fixtures.read(stage, s, PUBLISHED);
    }

    private static Event only(String s) {
        List<Event> es = read(s);
        assertEquals(1, es.size(), s + " → " + es);
        return es.get(0);
    }

    /**
     * Each sentence is read on its own: a line of 5,000 dated sentences (a PDF dump without line breaks) is read in
     * linear time, and every event's span points at its clause in the line, in code points past an emoji.
     * Reading each sentence against the whole line took minutes here.
     */
    @Test
    void aLongLineOfDatedSentencesIsReadInLinearTimeWithExactSpans() {
        int n = 5_000;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append("😀 ").append(1950 + i % 70).append("년 3월 5일 몽골이 협정에 서명했다. ");
        }
        String line = b.toString();
        List<Event> es = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> read(line));
        assertEquals(n, es.size());
        for (Event e : List.of(es.get(0), es.get(n / 2), es.get(n - 1))) {
            int from = line.offsetByCodePoints(0, e.charStart());
            int to = line.offsetByCodePoints(from, e.charEnd() - e.charStart());
            assertEquals(e.titleKo(), line.substring(from, to));
            assertEquals("treaty_signed", e.eventType());
        }
        assertEquals(LocalDate.of(1950 + (n - 1) % 70, 3, 5), es.get(n - 1).dateStart());
    }

    @Test
    void theBracketYearIsBuiltFromTheLexiconsWords() {
        Matcher m = ClauseReader.bracketYear(List.of("月", "월"), List.of("年")).matcher("이사회 11月(1957年) 회의");
        assertTrue(m.find());
        assertEquals("11", m.group("month"));
        assertEquals("1957", m.group("year"));
        Matcher bare = ClauseReader.bracketYear(List.of(), List.of()).matcher("11월(1957) 가입(1952년)");
        assertTrue(bare.find());
        assertNull(bare.group("month"), "no month words: no month");
        assertEquals("(1957)", bare.group());
        assertFalse(bare.find(), "no year words: (1952년) is not a bracketed year");
    }

    @Test
    void dayMonthAndOpenEndedDates() {
        Event day = only("2001년 6월 15일 상하이에서 중국과 몽골이 협정에 서명했다.");
        assertEquals("treaty_signed", day.eventType());
        assertEquals(LocalDate.of(2001, 6, 15), day.dateStart());
        assertEquals(Precision.DAY, day.precision());
        assertEquals(List.of("CHN", "MNG"), day.countries());
        assertEquals(List.of("중국", "몽골"), day.countriesKo());
        assertEquals("Shanghai", day.place());
        assertEquals("Treaty signed in Shanghai (China, Mongolia)", day.title());

        Event month = only("1995년 7월 베트남이 가입했다.");
        assertEquals(Precision.MONTH, month.precision());
        assertEquals(LocalDate.of(1995, 7, 31), month.dateEnd());

        Event since = only("2010년 3월 1일부터 협정이 발효되었다.");
        assertEquals("entered_into_force", since.eventType());
        assertEquals(LocalDate.of(2010, 3, 1), since.dateStart());
        assertEquals(PUBLISHED, since.dateEnd(), "부터 with no end runs to the publication date");

        Event thisYear = only("올해 2월 26일~3월 1일 몽골에서 합동 훈련이 실시되었다.");
        assertEquals("exercise", thisYear.eventType());
        assertEquals(LocalDate.of(2021, 2, 26), thisYear.dateStart());
        assertEquals(LocalDate.of(2021, 3, 1), thisYear.dateEnd());
        assertEquals(List.of(), thisYear.countries(), "몽골에서: the venue, not a party");
        assertEquals("MNG", thisYear.placeCountry());
    }

    @Test
    void theVerbOfTheSentenceTypesEveryClause() {
        List<Event> es = read("2004년 3월 라트비아, 2004년 5월 폴란드와 체코가 가입했다.");
        assertEquals(2, es.size());
        assertEquals("joined", es.get(0).eventType());
        assertEquals(List.of("LVA"), es.get(0).countries());
        assertEquals("clause_type_from_rest_of_sentence", es.get(0).rule());
        assertEquals(List.of("CZE", "POL"), es.get(1).countries());
    }

    @Test
    void parenthesesExclusionsAndPlaces() {
        Event e = only("2008년 4월 부쿠레슈티 회의에서 5개국(알바니아, 크로아티아 제외)이 연장 의정서에 서명했다.");
        assertEquals("protocol_signed", e.eventType());
        assertEquals(List.of(), e.countries());
        assertEquals(List.of("ALB", "HRV"), e.excluded());

        Event place = only("1997년 5월 27일 파리(프랑스)에서 기본 협정이 서명되었다.");
        assertEquals("Paris", place.place());
        assertEquals(List.of(), place.countries(), "the country in parentheses after a place is the place's");

        List<Event> nested = read("'평화' 작전이 수행되었다(2011년부터 영구 작전으로 전환됨).");
        assertEquals(0, nested.size(), "a name the operations lexicon does not know is no operation: " + nested);
    }

    @Test
    void aDateInQuotationMarksIsATitleAndAnAnniversaryIsNotTheEvent() {
        List<Event> es = read("2016년 채택된 \"2025년까지의 발전 전략\" 결정에 따라 수행됩니다.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(2016, es.get(0).dateStart().getYear());
        Event anniversary = only("2019년 기구는 조약 체결 20주년을 기념했다.");
        assertEquals("other", anniversary.eventType());
    }

    @Test
    void aClauseWithoutACueAndNoTypeInItsSentenceIsNoEvent() {
        assertTrue(read("2015년에는 경제가 성장했다.").isEmpty());
    }

    @Test
    void organisationFoundedVersusBodyEstablished() {
        assertEquals("founded", only("1991년 12월 8일 독립국가연합이 창설되었다.").eventType());
        assertEquals("body_established", only("2012년 사무국 산하에 분석 센터가 설립되었다.").eventType());
    }

    @Test
    void observers() {
        Event e = only("2013년 5월 몽골은 옵저버 지위를 받았다.");
        assertEquals(List.of("MNG"), e.observers(), "the subject of 옵저버 지위를 받았다");
        assertNull(e.operation());
        Event obs = only("2013년 5월 기구는 옵저버인 몽골과 이란을 영접했다.");
        assertEquals(List.of("IRN", "MNG"), obs.observers());
        Event partner = only("2016년 4월 몽골은 파트너 국가 지위를 받았다.");
        assertEquals(List.of("MNG"), partner.partners());
        List<Member> m = new Members(Fixtures.lexicon(), Fixtures.gazetteer()).derive(
                List.of(partner.withId("e-1")), PUBLISHED);
        assertEquals("partner", m.get(0).status());
    }
    @Test
    void aYearInBracketsDatesTheClauseBeforeIt() {
        List<Event> es = read("1996년 4월 26일 중국과 러시아가 협정에 서명했으며, 나중에 몽골과 인도가 가입했다(2005).");
        assertEquals(2, es.size(), es.toString());
        assertEquals("treaty_signed", es.get(0).eventType());
        assertEquals(List.of("CHN", "RUS"), es.get(0).countries(), "the later clause's countries are not the first date's");
        assertEquals("joined", es.get(1).eventType());
        assertEquals(Precision.YEAR, es.get(1).precision());
        assertEquals(LocalDate.of(2005, 1, 1), es.get(1).dateStart());
        assertEquals(List.of("IND", "MNG"), es.get(1).countries());
        assertEquals("clause_dated_by_brackets_after", es.get(1).rule());

        Event month = only("몽골은 모스크바에서 열린 이사회의 11월(2010) 회의에서 옵저버가 되었다.");
        assertEquals(Precision.MONTH, month.precision(), "a month followed by its year in brackets");
        assertEquals(LocalDate.of(2010, 11, 1), month.dateStart());

        assertEquals(List.of(), read("이 문서의 번호는 (2010-12)이다."), "not a year alone in brackets");
    }

    @Test
    void aParticipleFoundsThePhraseAfterIt() {
        assertEquals("founded", only("1961년에 창설된 비동맹운동연합은 회원국이 많다.").eventType());
        assertEquals("body_established", only("2015년에 설립된 은행은 상하이에 있다.").eventType());
        assertEquals("body_established", only("2003년에 결성된 SCO의 RATS(Regional Anti-Terrorist Structure)는 타슈켄트에 있다.")
                .eventType(), "<organisation>의 <name>: a part of an organisation");
        assertEquals("body_established", only("2009년에 창설된 유라시아경제공동체의 반위기기금은 차관을 준다.").eventType(),
                "the head follows the genitive, not 공동체 before it");
    }

    @Test
    void aCountryAStatementIsAboutIsNotAParty() {
        Event about = only("2021년 9월 17일 정상들은 아프가니스탄 정세에 관한 성명을 채택했다.");
        assertEquals(List.of(), about.countries());
        Event party = only("2014년 5월 29일 러시아, 벨라루스 정상들이 국경 협력에 관한 협정에 서명했다.");
        assertEquals(List.of("BLR", "RUS"), party.countries(), "정상들이 stands between: the signatories");
    }
}
