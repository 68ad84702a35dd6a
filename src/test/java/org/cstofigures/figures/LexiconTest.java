package org.cstofigures.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cstofigures.error.ExitCode;
import org.cstofigures.error.PipelineException;
import org.cstofigures.model.Category;
import org.cstofigures.model.Mention;
import org.cstofigures.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lexicon is data: editors extend it without Java, and a mistake in it is a one-line file:line error. */
class LexiconTest {

    @TempDir
    Path dir;

    private Path copy() throws IOException {
        for (String f : List.of(Lexicon.CATEGORIES, Lexicon.SUBJECTS, Lexicon.OPERATIONS, Lexicon.FRAMES)) {
            Files.copy(Path.of("curated", "lexicon", f), dir.resolve(f));
        }
        return dir;
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + text, StandardCharsets.UTF_8);
    }

    private static Mention one(Lexicon lex, String text, String number, Unit unit) {
        return new FigureStage(lex).mentionsForLine("t", null, LineFixture.of(text).q(number, unit, "1").build()).get(0);
    }

    @Test
    void anEditorAddsASubjectWithoutTouchingJava() throws IOException {
        Path d = copy();
        String text = "국경에서 낙타 30마리가 압수됐다.";
        assertEquals("items (낙타)", one(Lexicon.load(d, "lex"), text, "30마리", Unit.ITEM).subject());
        String subjects = Files.readString(d.resolve(Lexicon.SUBJECTS), StandardCharsets.UTF_8)
                .replaceFirst("\nsubjects:\n", "\nsubjects:\n  - {en: camels, ko: [낙타], category: seizure}\n");
        Files.writeString(d.resolve(Lexicon.SUBJECTS), subjects, StandardCharsets.UTF_8);
        Mention m = one(Lexicon.load(d, "lex"), text, "30마리", Unit.ITEM);
        assertEquals("camels", m.subject());
        assertEquals(Category.SEIZURE, m.category());
    }

    @Test
    void anEditorAddsAnOperation() throws IOException {
        Path d = copy();
        String text = "\"사막의 폭풍\" 작전 기간 동안 헤로인 50kg이 압수됐다.";
        assertNull(one(Lexicon.load(d, "lex"), text, "50kg", Unit.KG).operation());
        append(d.resolve(Lexicon.OPERATIONS), "  - name: Desert Storm\n    aliases: []\n    name_only: [사막의 폭풍]\n");
        assertEquals("Desert Storm", one(Lexicon.load(d, "lex"), text, "50kg", Unit.KG).operation());
    }

    @Test
    void anUnknownKeyIsAConfigErrorNamingFileAndLine() throws IOException {
        Path d = copy();
        append(d.resolve(Lexicon.OPERATIONS), "  - name: X\n    alias: [Y]\n");
        PipelineException e = assertThrows(PipelineException.class, () -> Lexicon.load(d, "curated/lexicon"));
        assertEquals(ExitCode.USAGE, e.exitCode());
        int line = Files.readAllLines(d.resolve(Lexicon.OPERATIONS)).indexOf("    alias: [Y]") + 1;
        String prefix = "curated/lexicon/operations.yaml:";
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
        int reported = Integer.parseInt(e.getMessage().substring(prefix.length()).replaceAll(":.*", ""));
        assertTrue(Math.abs(reported - line) <= 1, "line " + reported + " is not at the bad key (line " + line + ")");
        assertTrue(e.getMessage().contains("alias"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line");
    }

    @Test
    void anUnknownCategoryIsAConfigErrorNamingTheFile() throws IOException {
        Path d = copy();
        String subjects = Files.readString(d.resolve(Lexicon.SUBJECTS), StandardCharsets.UTF_8)
                .replaceFirst("\nsubjects:\n", "\nsubjects:\n  - {en: camels, ko: [낙타], category: animals}\n");
        Files.writeString(d.resolve(Lexicon.SUBJECTS), subjects, StandardCharsets.UTF_8);
        PipelineException e = assertThrows(PipelineException.class, () -> Lexicon.load(d, "lex"));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().startsWith("lex/subjects.yaml:"), e.getMessage());
        assertTrue(e.getMessage().contains("animals"), e.getMessage());
    }

    @Test
    void aMissingFileIsAnIoError() throws IOException {
        Path d = copy();
        Files.delete(d.resolve(Lexicon.SUBJECTS));
        assertEquals(ExitCode.IO, assertThrows(PipelineException.class, () -> Lexicon.load(d, "lex")).exitCode());
    }

    @Test
    void commonWordsNameAnOperationOnlyAsAName() {
        Lexicon lex = LineFixture.lexicon();
        assertEquals(List.of(), lex.operations("불법 이주 채널을 차단하고 인신매매 채널이 적발되었다"));
        assertEquals("Illegal", lex.operations("\"불법\" 운영 및 예방 조치").get(0).value());
        assertEquals("Illegal", lex.operations("2018년 불법 작전(Operation Illegal-2018)").get(0).value());
        assertEquals("Channel", lex.operations("전체적으로 운하 작전 중에").get(0).value());
        assertEquals("Channel", lex.operations("작전 «Канал-Юг»").get(0).value());
        assertEquals("PROXY", lex.operations("Operation Proxy의 일부로").get(0).value());
        assertEquals("Mercenary", lex.operations("\"용병\"이라는 이름으로").get(0).value());
        assertEquals(List.of(), lex.operations("용병 200명이 국경을 넘었다"));
    }

    @Test
    void theBundledLexiconIsTheCuratedOne() {
        Lexicon bundled = Lexicon.bundled();
        Mention m = one(bundled, "전체적으로 운하 작전 중에 헤로인 12톤 이상.", "12톤", Unit.KG);
        assertEquals("heroin", m.subject());
        assertEquals("Channel", m.operation());
    }
}
