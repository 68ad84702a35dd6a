package org.cstofigures.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.cstofigures.model.Qualifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property tests with seeded {@link Random}s (reproducible: the seed is in the test name): the extractor never
 * throws, spans lie inside the text, the text at each span is the surface, spans are ordered and disjoint,
 * intervals agree with qualifiers, and one number written in different ways has one value.
 */
@Tag("slow") // the slow tier: mvn verify, not mvn test
class PropertyTest {

    private static final Extractor X = Extractors.standard();
    private static final LocalDate PUBLISHED = LocalDate.of(2019, 9, 6);
    /** Fragments that make random text likely to exercise the grammar. */
    private static final String[] FRAGMENTS = {"명", "건", "개", "개국", "톤", "t", "kg", "㎏", "만", "천", "백", "억",
        "조", "수십", "수백만", "여", "약 ", "이상", "이하", "미만", "넘게", "가량", "거의 ", "~", "-", "에서", ",",
        ".", " ", "  ", "년", "월", "일", "부터", "까지", "올해", "지난해", "이듬해", "제", "차", "번째", "주년", "세 ",
        "두 ", "열두 ", "번", "가지", "달러", "미화 ", "%", "배", "동안", "\u00A0", "\u200B", "\u0000", "１２",
        "\u3131", "\u0301", "\uD800", "\uDC00", "😀", "V.V.", "2019", "06.09.2019", "1,600", "11.5", "9",
        "0", "12345678901234567890123456789012345", "1e308", "２０", "３천", "〜", "∼", "–", "적어도 ", "1년에 "};
    private static List<String> seedLines;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = PropertyTest.class.getResourceAsStream("/extract/seed_000.txt")) {
            seedLines = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
        }
    }

    static LongStream seeds() {
        return LongStream.range(0, 25);
    }

    @ParameterizedTest(name = "random unicode, seed {0}")
    @MethodSource("seeds")
    void randomUnicodeNeverBreaksInvariants(long seed) {
        Random r = new Random(seed);
        for (int k = 0; k < 250; k++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(120);
            for (int i = 0; i < len; i++) {
                int pick = r.nextInt(10);
                if (pick < 4) {
                    sb.append(FRAGMENTS[r.nextInt(FRAGMENTS.length)]);
                } else if (pick < 6) {
                    sb.append((char) ('0' + r.nextInt(10)));
                } else if (pick < 8) {
                    sb.append((char) (0xAC00 + r.nextInt(0xD7A3 - 0xAC00 + 1)));
                } else if (pick < 9) {
                    sb.append((char) r.nextInt(0x10000)); // any UTF-16 unit, lone surrogates included
                } else {
                    sb.appendCodePoint(r.nextInt(0x110000));
                }
            }
            check(sb.toString(), r.nextBoolean() ? PUBLISHED : null);
        }
    }

    @ParameterizedTest(name = "mutated seed lines, seed {0}")
    @MethodSource("seeds")
    void mutatedSeedLinesNeverBreakInvariants(long seed) {
        Random r = new Random(seed);
        for (String line : seedLines) {
            StringBuilder sb = new StringBuilder(line);
            int edits = 1 + r.nextInt(6);
            for (int e = 0; e < edits && sb.length() > 0; e++) {
                int at = r.nextInt(sb.length());
                switch (r.nextInt(3)) {
                    case 0:
                        sb.insert(at, FRAGMENTS[r.nextInt(FRAGMENTS.length)]);
                        break;
                    case 1:
                        sb.deleteCharAt(at);
                        break;
                    default:
                        sb.setCharAt(at, (char) r.nextInt(0x10000));
                        break;
                }
            }
            check(sb.toString(), PUBLISHED);
        }
    }

    @ParameterizedTest(name = "pathological input {index}")
    @ValueSource(strings = {"", " ", "\u0000", "1e308", "1e308명", "-1e-308톤", "１２", "１２명", "\uD800명",
        "명\uDC00", "12\u200B명", "12\u00A0명", "1\u0301명", "\u3131\u314F 3명", "..........", ",,,,,", "~~~~",
        "만만만만만 명", "수수수십 명", "제", "제1", "1.", "2. ", "0명", "00000명", "0.0000명", "1,2,3명",
        "999,999,999,999,999,999,999,999,999명", "1.5.6.7", "2019.13.45", "99.99.9999", "2019년 2월 30일",
        "2019년 13월", "10월 5~1일", "2020-2019년", "올해 13월 1일", "이듬해", "올해", "1조5천억 조 원"})
    void pathologicalInputs(String text) {
        check(text, PUBLISHED);
        check(text, null);
    }

    @Test
    void veryLongDigitRunsAndLines() {
        Random r = new Random(7);
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            digits.append((char) ('0' + r.nextInt(10)));
        }
        check(digits.toString(), PUBLISHED);
        check(digits + "명", PUBLISHED);
        check("약 " + digits + "만 명 이상", PUBLISHED);
        check("0." + digits + "톤", PUBLISHED);
        check(digits.toString().replaceAll("(\\d{3})", "$1,") + "건", PUBLISHED);
        StringBuilder longLine = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            longLine.append(seedLines.get(i % seedLines.size())).append(' ');
        }
        Extraction x = check(longLine.toString(), PUBLISHED);
        assertTrue(x.quantities().size() > 20);
    }

    @ParameterizedTest(name = "same number, different spellings, seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void spellingsOfOneNumberHaveOneValue(long seed) {
        Random r = new Random(seed);
        for (int k = 0; k < 300; k++) {
            long n = 1 + (long) (r.nextDouble() * (k % 3 == 0 ? 9_999 : k % 3 == 1 ? 99_999_999 : 999_999_999_999L));
            String unit = r.nextBoolean() ? "명" : "건";
            BigDecimal expected = BigDecimal.valueOf(n);
            for (String spelled : spellings(n)) {
                for (String text : List.of(spelled + unit, spelled + " " + unit, "총 " + spelled + unit + "이 집계됐다.")) {
                    Extraction x = check(text, PUBLISHED);
                    assertEquals(1, x.quantities().size(), text);
                    Quantity q = x.quantities().get(0);
                    if (q.value() == null || q.value().compareTo(expected) != 0) {
                        fail(text + ": expected " + n + " but was " + q.value());
                    }
                }
            }
        }
    }

    /** Plain, with thousands commas, with Korean powers (compact and spaced), and powers with 천 split out. */
    static List<String> spellings(long n) {
        String plain = Long.toString(n);
        String commas = String.format(java.util.Locale.ROOT, "%,d", n);
        long eok = n / 100_000_000L;
        long man = n / 10_000L % 10_000L;
        long rest = n % 10_000L;
        StringBuilder compact = new StringBuilder();
        StringBuilder spaced = new StringBuilder();
        StringBuilder cheon = new StringBuilder();
        if (eok > 0) {
            compact.append(eok).append('억');
            spaced.append(eok).append(" 억 ");
            cheon.append(String.format(java.util.Locale.ROOT, "%,d", eok)).append("억 ");
        }
        if (man > 0) {
            compact.append(man).append('만');
            spaced.append(man).append(" 만 ");
            cheon.append(man).append("만 ");
        }
        if (rest > 0) {
            compact.append(rest);
            spaced.append(rest);
            if (rest >= 1000) {
                cheon.append(rest / 1000).append('천');
                if (rest % 1000 > 0) {
                    cheon.append(' ').append(rest % 1000);
                }
            } else {
                cheon.append(rest);
            }
        }
        return List.of(plain, commas, compact.toString().strip(), spaced.toString().strip(),
                cheon.toString().strip());
    }

    @Test
    void separatorsSpacesAndPowersAgree() {
        assertEquals(0, value("73000건").compareTo(value("73,000건")));
        assertEquals(0, value("4천 건").compareTo(value("4 천 건")));
        assertEquals(0, value("4천 건").compareTo(value("4000 건")));
        assertEquals(0, value("１２명").compareTo(value("12명")));
        assertEquals(0, value("2만 1천 832건").compareTo(value("21,832건")));
    }

    private static BigDecimal value(String text) {
        List<Quantity> qs = X.extract(text, PUBLISHED).quantities();
        assertEquals(1, qs.size(), text);
        return qs.get(0).value();
    }

    /** Extracts and asserts every invariant of the contract. */
    static Extraction check(String text, LocalDate published) {
        Extraction x;
        try {
            x = X.extract(text, published);
        } catch (RuntimeException e) {
            throw new AssertionError("threw on " + escape(text), e);
        }
        assertNotNull(x);
        int cpLen = text.codePointCount(0, text.length());
        int lastEnd = 0;
        for (Quantity q : x.quantities()) {
            assertTrue(q.start() >= lastEnd && q.end() > q.start() && q.end() <= cpLen, "span of " + q);
            assertEquals(q.surface(), CorpusTest.cpSub(text, q.start(), q.end()), escape(text));
            lastEnd = q.end();
            checkInterval(q);
        }
        lastEnd = 0;
        for (TimeExpression t : x.times()) {
            assertTrue(t.start() >= lastEnd && t.end() > t.start() && t.end() <= cpLen, "span of " + t);
            assertEquals(t.surface(), CorpusTest.cpSub(text, t.start(), t.end()), escape(text));
            assertTrue(!t.period().end().isBefore(t.period().start()), "period " + t);
            lastEnd = t.end();
        }
        for (Quantity q : x.quantities()) {
            for (TimeExpression t : x.times()) {
                assertTrue(q.end() <= t.start() || q.start() >= t.end(), "quantity overlaps time: " + q + " " + t);
            }
        }
        return x;
    }

    private static void checkInterval(Quantity q) {
        Qualifier k = q.qualifier();
        if (k == Qualifier.VAGUE || k == Qualifier.RANGE) {
            assertTrue(q.value() == null && q.low() != null && q.high() != null, q.toString());
            assertTrue(q.low().compareTo(q.high()) <= 0, q.toString());
            return;
        }
        assertNotNull(q.value(), q.toString());
        assertTrue(!q.value().toPlainString().contains("E"), q.toString());
        assertEquals(q.value(), q.value().stripTrailingZeros(), q.toString());
        switch (k) {
            case EXACT:
                assertTrue(q.value().equals(q.low()) && q.value().equals(q.high()), q.toString());
                break;
            case APPROX:
                assertTrue(q.low() == null && q.high() == null, q.toString());
                break;
            case APPROX_OVER: case AT_LEAST:
                assertTrue(q.value().equals(q.low()) && q.high() == null, q.toString());
                break;
            default:
                assertTrue(q.low() == null && q.value().equals(q.high()), q.toString());
                break;
        }
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 0x20 || c >= 0xD800 && c < 0xE000) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.length() > 300 ? b.substring(0, 300) + "…" : b.toString();
    }
}
