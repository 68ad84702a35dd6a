package org.cstofigures.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The grammar's structure: rule ids, word lists, the extractor wiring and thread safety. */
class GrammarTest {

    @Test
    void ruleIdsAreUniqueAndNamespaced() {
        List<Rule> rules = new KoreanExtractor().grammar().rules();
        Set<String> ids = new HashSet<>();
        for (Rule r : rules) {
            assertTrue(ids.add(r.id()), "duplicate " + r.id());
            assertTrue(r.id().matches("(quantity|time|exclude)\\.[a-z_]+"), r.id());
        }
        assertTrue(rules.size() >= 10);
    }

    @Test
    void everyReportedRuleIsARegisteredRule() {
        Set<String> ids = new HashSet<>();
        new KoreanExtractor().grammar().rules().forEach(r -> ids.add(r.id()));
        String text = "약 3천~5천 명, 세 가지, 이틀, 적어도 1년에 두 번, 수십만 건, 올해 2 월 26 일, 2015-20년, 06.09.2019";
        Extraction x = Extractors.standard().extract(text, LocalDate.of(2019, 9, 6));
        assertEquals(5, x.quantities().size(), x.toString());
        assertEquals(3, x.times().size(), x.toString());
        x.quantities().forEach(q -> assertTrue(ids.contains(q.rule()), q.rule()));
        x.times().forEach(t -> assertTrue(ids.contains(t.rule()), t.rule()));
    }

    @Test
    void standardIsTheKoreanGrammar() {
        assertTrue(Extractors.standard() instanceof KoreanExtractor);
        assertTrue(Extractors.standard() == Extractors.standard());
    }

    @Test
    void wordListsLoadAndTriesRejectDuplicates() {
        Lexicon lex = Lexicon.standard();
        assertTrue(lex.isWordAnchor('수'));
        assertTrue(lex.isWordAnchor('올'));
        assertThrows(IllegalArgumentException.class, () -> WordTrie.of(Map.of("", 1)));
        WordTrie<Integer> t = WordTrie.of(Map.of("개", 1, "개국", 2, "개 주", 3));
        char[] text = "6개국이".toCharArray();
        int[] ends = new int[4];
        Object[] vals = new Object[4];
        assertEquals(2, t.matches(text, 1, text.length, ends, vals));
        assertEquals(List.of(2, 1), List.of(vals[0], vals[1]));
        assertEquals(3, ends[0]);
    }

    @Test
    void extractionIsThreadSafe() throws Exception {
        String line = "헤로인 12톤 이상, 코카인 약 5톤, 해시시 42톤, 총기 9300개 이상이 2018년 10월 압수됐다.";
        Extraction expected = Extractors.standard().extract(line, LocalDate.of(2019, 9, 6));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> fs = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                fs.add(pool.submit(() -> {
                    for (int k = 0; k < 2000; k++) {
                        if (!Extractors.standard().extract(line, LocalDate.of(2019, 9, 6)).equals(expected)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : fs) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(4, expected.quantities().size());
    }
}
