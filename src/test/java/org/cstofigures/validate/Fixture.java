package org.cstofigures.validate;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cstofigures.config.ValidationConfig.Basic;
import org.cstofigures.config.ValidationConfig.Severity;
import org.cstofigures.config.ValidationConfig;
import org.cstofigures.model.Amount;
import org.cstofigures.model.Category;
import org.cstofigures.model.Classification;
import org.cstofigures.model.Figure;
import org.cstofigures.model.FigureSet;
import org.cstofigures.model.Mention;
import org.cstofigures.model.Period;
import org.cstofigures.model.Precision;
import org.cstofigures.model.Provenance;
import org.cstofigures.model.Qualifier;
import org.cstofigures.model.Source;
import org.cstofigures.model.Status;
import org.cstofigures.model.Unit;
import org.cstofigures.source.Document;
import org.cstofigures.source.Sha256;
import org.cstofigures.source.TextDecoder;

/** Hand-built documents, figures and mentions for the rule tests; every figure points at real text. */
final class Fixture {

    static final String SOURCE = "src-test";

    /** The test article: one statement per line, numbers chosen to exercise each rule. */
    static final String TEXT = String.join("\n",
            "CSTO 평화 유지군(약 360만 명)이 창설되었습니다.",
            "CSTO CRRF(2만명 이상) 인원.",
            "평화 유지군은 약 3,600명입니다.",
            "1,832건의 불법정보자원이 확인되었고, 이 중 1,748건이 차단되었습니다.",
            "헤로인 12톤 이상이 압수되었습니다.",
            "약 1,550건의 형사 사건이 시작되었습니다. 다른 보고서는 1,600건이라고 합니다.",
            "2018년 5월 18일부터 23일까지 훈련이 열렸습니다.",
            "1,600만 명의 수배자가 명단에 올랐습니다. 1,600명이 명단에 올랐습니다.",
            "3,600,000명의 군대.");

    private Fixture() {
    }

    static Document document() {
        return document(TEXT);
    }

    static Document document(String text) {
        Source s = new Source(SOURCE, "raw/test.txt", Sha256.hex(TEXT.getBytes(StandardCharsets.UTF_8)),
                TEXT.getBytes(StandardCharsets.UTF_8).length, "test", "ko", "ru", LocalDate.of(2019, 9, 6),
                "test", LocalDate.of(2026, 11, 28), null, null, null);
        return new Document(s, text, TextDecoder.lines(text));
    }

    /** The pipeline.yaml defaults, with every rule at the given severity. */
    static ValidationConfig config(Severity severity) {
        Basic basic = new Basic(severity);
        return new ValidationConfig("corrections.yaml", new ValidationConfig.Rules(basic, basic,
                new ValidationConfig.Plausibility(severity, bd(1_000_000), bd(1_000_000), bd(200)),
                new ValidationConfig.ScaleError(severity, List.of(bd(1000), bd(10000)), List.of("만", "억"),
                        new BigDecimal("0.1")),
                basic, new ValidationConfig.Conflict(severity, BigDecimal.ZERO),
                new ValidationConfig.Dates(severity, LocalDate.of(1992, 5, 15)), basic));
    }

    static ValidationConfig config() {
        return new ValidationConfig("corrections.yaml", new ValidationConfig.Rules(new Basic(Severity.ERROR),
                new Basic(Severity.ERROR),
                new ValidationConfig.Plausibility(Severity.WARNING, bd(1_000_000), bd(1_000_000), bd(200)),
                new ValidationConfig.ScaleError(Severity.WARNING, List.of(bd(1000), bd(10000)), List.of("만", "억"),
                        new BigDecimal("0.1")),
                new Basic(Severity.WARNING), new ValidationConfig.Conflict(Severity.WARNING, BigDecimal.ZERO),
                new ValidationConfig.Dates(Severity.WARNING, LocalDate.of(1992, 5, 15)), new Basic(Severity.ERROR)));
    }

    static BigDecimal bd(long v) {
        return BigDecimal.valueOf(v);
    }

    /** Builds one figure with its single mention at the first occurrence of {@code surface} on {@code line}. */
    static final class F {
        String id;
        final int line;
        final String surface;
        Category category;
        Unit unit;
        BigDecimal value;
        BigDecimal low;
        BigDecimal high;
        String subject = "test subject";
        String subjectKo = "시험";
        String operation;
        LocalDate start;
        LocalDate end;
        String partOf;
        Qualifier qualifier = Qualifier.EXACT;
        String mentionSurface;
        int charShift;
        Precision precision = Precision.DAY;

        F(int line, String surface, Category category, Unit unit, long value) {
            this.line = line;
            this.surface = surface;
            this.category = category;
            this.unit = unit;
            this.value = bd(value);
            this.low = this.value;
            this.high = this.value;
            this.id = "f-" + line + "-" + surface.hashCode();
        }

        F id(String v) { id = v; return this; }
        F subject(String v) { subject = v; return this; }
        F operation(String v) { operation = v; return this; }
        F value(BigDecimal v, BigDecimal l, BigDecimal h) { value = v; low = l; high = h; return this; }
        F period(LocalDate s, LocalDate e) { start = s; end = e; return this; }
        F partOf(String v) { partOf = v; return this; }
        F subjectKo(String v) { subjectKo = v; return this; }
        F mentionSurface(String v) { mentionSurface = v; return this; }
        F shift(int v) { charShift = v; return this; }
        F precision(Precision v) { precision = v; return this; }

        Figure figure() {
            return new Figure(id, new Classification(category, subject, subjectKo, operation),
                    new Amount(value, low, high, unit, qualifier, surface), value, periodOrNull(), Status.EXTRACTED,
                    List.of(), null, 1, new Provenance(SOURCE, line, 0, 1, "quote", "test_rule"), partOf);
        }

        Mention mention() {
            String lineText = TEXT.split("\n", -1)[line - 1];
            int lineStart = 0;
            for (int i = 0; i < line - 1; i++) {
                String l = TEXT.split("\n", -1)[i];
                lineStart += l.codePointCount(0, l.length()) + 1;
            }
            int at = lineText.indexOf(surface);
            if (at < 0) {
                throw new IllegalArgumentException("'" + surface + "' is not on line " + line);
            }
            int start = lineStart + lineText.codePointCount(0, at) + charShift;
            int end = start + surface.codePointCount(0, surface.length());
            return new Mention("m-" + id, id, new Provenance(SOURCE, line, start, end, lineText, "test_rule"),
                    new Amount(value, low, high, unit, qualifier, mentionSurface == null ? surface : mentionSurface),
                    new Classification(category, subject, subjectKo, operation), periodOrNull(), surface, null, List.of());
        }

        /** The period, when both ends are given. */
        private Period periodOrNull() {
            return start == null || end == null ? null : new Period(start, end, precision);
        }
    }

    static F f(int line, String surface, Category category, Unit unit, long value) {
        return new F(line, surface, category, unit, value);
    }

    static FigureSet set(F... fs) {
        List<Figure> figures = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (F f : fs) {
            figures.add(f.figure());
            mentions.add(f.mention());
        }
        return new FigureSet(figures, mentions);
    }

    /** Findings of one rule, in order. */
    static List<Finding> of(ValidationResult r, String rule) {
        return r.findings().stream().filter(x -> x.rule().code().equals(rule)).toList();
    }

    static Map<String, Figure> byId(ValidationResult r) {
        Map<String, Figure> m = new java.util.LinkedHashMap<>();
        for (Figure f : r.figures().figures()) {
            m.put(f.figureId(), f);
        }
        return m;
    }
}
