package org.cstofigures.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cstofigures.extract.ExtractedLine;
import org.cstofigures.extract.Extractors;
import org.cstofigures.extract.Sentences;
import org.cstofigures.model.Mention;
import org.cstofigures.source.Line;
import org.junit.jupiter.api.Test;

/**
 * Properties of the meaning layer on the development corpus, with seeded random inputs (no jqwik): the category
 * (and subject) of a figure does not change when unrelated sentences are put before or after its sentence, and its
 * category does not change when its number is written another way (3,000 / 3천 / 삼천).
 */
class MeaningPropertyTest {

    private static final long SEED = 20261130L;
    private static final FigureStage STAGE = new FigureStage(LineFixture.lexicon());

    /** Sentences about nothing countable: no number, no category word. */
    private static final List<String> UNRELATED = List.of(
            "회의는 서울에서 열렸다.", "관계자는 자세한 내용을 밝히지 않았다.", "이 소식은 현지 언론이 전했다.",
            "당국은 추가 조사를 진행하고 있다.", "정부는 대책 마련에 나섰다.", "기자회견은 오후에 열렸다.",
            "전문가들은 신중한 접근이 필요하다고 말했다.", "자세한 결과는 다음 달 발표될 예정이다.");

    private static List<DevCorpus.Expected> corpus() throws IOException {
        List<DevCorpus.Expected> all = new ArrayList<>();
        for (Path b : DevCorpus.batches()) {
            DevCorpus.read(b).values().forEach(all::addAll);
        }
        return all;
    }

    private static Mention at(String text, String surface, int from) {
        int at = DevCorpus.occurrence(text, surface, from);
        int start = text.codePointCount(0, at);
        int end = start + surface.codePointCount(0, surface.length());
        ExtractedLine el = new ExtractedLine(new Line(1, 0, text), Extractors.standard().extract(text,
                DevCorpus.PUBLISHED), Sentences.split(text));
        for (Mention m : STAGE.mentionsForLine("p", null, el)) {
            if (m.charStart() < end && m.charEnd() > start) {
                return m;
            }
        }
        return null;
    }

    @Test
    void categoryAndSubjectDoNotChangeWhenUnrelatedSentencesAreAdded() throws IOException {
        Random random = new Random(SEED);
        int checked = 0;
        for (DevCorpus.Expected x : corpus()) {
            Mention base = at(x.sentence(), x.surface(), 0);
            if (base == null) {
                continue;
            }
            StringBuilder before = new StringBuilder();
            for (int i = random.nextInt(3); i > 0; i--) {
                before.append(UNRELATED.get(random.nextInt(UNRELATED.size()))).append(' ');
            }
            StringBuilder after = new StringBuilder();
            for (int i = 1 + random.nextInt(2); i > 0; i--) {
                after.append(' ').append(UNRELATED.get(random.nextInt(UNRELATED.size())));
            }
            String text = before + x.sentence() + after;
            Mention m = at(text, x.surface(), before.length());
            String where = x.where() + " '" + x.surface() + "' in: " + text;
            assertTrue(m != null, where + ": figure lost");
            assertEquals(base.category(), m.category(), where);
            assertEquals(base.subject(), m.subject(), where);
            checked++;
        }
        assertTrue(checked >= 300, "checked " + checked);
    }

    private static final Pattern PLAIN = Pattern.compile("^([1-9]\\d{0,2}(?:,\\d{3})?|[1-9]\\d{0,3})(\\s?)(명|건|톤|kg|개|대|척|곳|정)$");

    @Test
    void categoryDoesNotChangeWhenTheNumberIsWrittenAnotherWay() throws IOException {
        Random random = new Random(SEED);
        int checked = 0;
        for (DevCorpus.Expected x : corpus()) {
            Matcher pm = PLAIN.matcher(x.surface());
            if (!pm.matches()) {
                continue;
            }
            int n = Integer.parseInt(pm.group(1).replace(",", ""));
            if (n >= 10_000) {
                continue;
            }
            Mention base = at(x.sentence(), x.surface(), 0);
            if (base == null) {
                continue;
            }
            String counter = pm.group(3);
            // Sino-Korean spelled numbers are how Korean writes hundreds and thousands (삼천 명); below a hundred
            // a count takes native numerals (다섯 개), which are the grammar's business, not this property's
            List<String> ways = new ArrayList<>(List.of(grouped(n) + " " + counter, mixed(n) + " " + counter));
            if (n >= 100) {
                ways.add(spelled(n) + " " + counter);
            }
            String way = ways.get(random.nextInt(ways.size()));
            int at = DevCorpus.occurrence(x.sentence(), x.surface(), 0);
            String text = x.sentence().substring(0, at) + way + x.sentence().substring(at + x.surface().length());
            for (String w : ways) {
                String t = x.sentence().substring(0, at) + w + x.sentence().substring(at + x.surface().length());
                Mention m = at(t, w, at);
                String where = x.where() + " '" + w + "' in: " + t;
                assertTrue(m != null, where + ": figure lost");
                assertEquals(0, base.value().compareTo(m.value()), where + ": value " + m.value());
                assertEquals(base.category(), m.category(), where);
            }
            assertTrue(text.contains(way));
            checked++;
        }
        assertTrue(checked >= 100, "checked " + checked);
    }

    /** 3000 → 3,000. */
    static String grouped(int n) {
        return String.format("%,d", n);
    }

    /** 3000 → 3천, 1256 → 1천256, 310 → 310. */
    static String mixed(int n) {
        return n >= 1000 ? (n / 1000) + "천" + (n % 1000 == 0 ? "" : String.valueOf(n % 1000)) : String.valueOf(n);
    }

    /** Sino-Korean numerals: 3000 → 삼천, 1256 → 천이백오십육, 21 → 이십일. */
    static String spelled(int n) {
        String[] digits = {"", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"};
        String[] places = {"천", "백", "십", ""};
        int[] values = {1000, 100, 10, 1};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            int d = n / values[i] % 10;
            if (d == 0) {
                continue;
            }
            sb.append(d == 1 && i < 3 ? "" : digits[d]).append(places[i]);
        }
        return sb.toString();
    }
}
