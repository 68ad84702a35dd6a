package org.cstofigures.hostile;

import static org.cstofigures.hostile.TestProject.assertSpansPointAtSurface;
import static org.cstofigures.hostile.TestProject.mentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The text-input battery of issue 7: each hostile file goes through {@code extract} and through {@code run}
 * (added as a source to a copy of the project). Broken files end with exit 3 and one line naming the file, the
 * line and the byte offset, and leave output/ as it was; odd but valid text ends with exit 0 and mentions whose
 * spans point at their surface and whose line numbers are right. The 200 MB file is in {@code ProcessBatteryIT}.
 */
@Tag("slow") // the slow tier: mvn verify, not mvn test
class TextInputBatteryTest {

    /** A hostile file and what both commands must do with it. */
    record Case(String name, byte[] bytes, int extractCode, int runCode, List<String> fragments, boolean planted) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static Case ok(String name, String text) {
        return new Case(name, utf8(text), 0, 0, List.of(), true);
    }

    private static Case ok(String name, byte[] bytes) {
        return new Case(name, bytes, 0, 0, List.of(), true);
    }

    private static Case broken(String name, byte[] bytes, String... fragments) {
        return new Case(name, bytes, 3, 3, List.of(fragments), false);
    }

    static Stream<Case> cases() {
        String prefix3 = "첫째 줄\n둘째 줄 12명\n셋째 ";           // the bad byte sits on line 3
        int badAt = utf8(prefix3).length;
        return Stream.of(
                new Case("empty", new byte[0], 0, 3, List.of("empty.txt", "no text"), false),
                new Case("whitespace-only", utf8(" \t\n\r\n\u3000\u00A0\u200B\n"), 0, 3,
                        List.of("whitespace-only.txt", "no text"), false),
                broken("nul-bytes", utf8("가나다\n12명\u0000뒤"), "nul-bytes.txt:2: NUL byte at byte " + utf8("가나다\n12명").length),
                broken("png-header", concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, new byte[64]),
                        "png-header.txt:1: not valid UTF-8 at byte 0"),
                broken("gzip", new byte[] {0x1f, (byte) 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0, 3},
                        "gzip.txt:1: control character U+001F at byte 0"),
                broken("bell-control", utf8("ok 12명\r\n\u0007"), "bell-control.txt:2: control character U+0007 at byte 10"),
                broken("invalid-utf8", concat(utf8(prefix3), new byte[] {(byte) 0xC3, '(', '\n'}),
                        "invalid-utf8.txt:3: not valid UTF-8 at byte " + badAt),
                broken("cesu-surrogate", concat(utf8(prefix3), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
                        "cesu-surrogate.txt:3: not valid UTF-8 at byte " + badAt),
                broken("overlong-slash", concat(utf8(prefix3), new byte[] {(byte) 0xC0, (byte) 0xAF}),
                        "overlong-slash.txt:3: not valid UTF-8 at byte " + badAt),
                broken("truncated-at-end", concat(utf8(prefix3), new byte[] {(byte) 0xEA, (byte) 0xB0}),
                        "truncated-at-end.txt:3: not valid UTF-8 at byte " + badAt),
                broken("latin1", concat(utf8("CSTO\n"), new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', '1', '2'}),
                        "latin1.txt:2: not valid UTF-8 at byte 8"),
                ok("bom", "\uFEFF12명이 참가했다.\n둘째 줄 3,000명"),
                ok("crlf", "첫째 줄\r\n둘째 줄 12명\r\n\r\n넷째 줄 5건\r\n"),
                ok("lone-cr", "첫째 줄\r둘째 줄 12명\r\r넷째 줄 5건\r"),
                ok("mixed-endings", "가\r\n나 12명\n다\r라 7건\n\r\n마 3단계"),
                ok("emoji-before-numbers", "😀🇰🇷 12명 🎉\n𝄞𝄞𝄞 5건 𝟏𝟐명"),
                ok("ten-thousand-digits", "큰 수 " + "7".repeat(10_000) + "명 그리고 12명"),
                ok("float-overflow", "1e308명, 1E308톤, 1e-308건, 9.9e9999명, Infinity명, NaN명 그리고 12명"),
                ok("negative-and-dashes", "-5명, −5명, ‒3건, –7건, —9건, 10–15명, 10-15명, 2015-20년, 12명"),
                ok("full-width-digits", "１２명, ３，０００톤, 1２명, ٣명 그리고 12명"),
                ok("invisible-and-combining", "1\u200B2명, 12\u200B명, \u200B12명, 1\u00A0000명, 1\u0301 2명, 12\u0301명,"
                        + " 1\u20DD2명, \u2060 12명 \uFEFF 3건"),
                ok("compatibility-jamo", "ㄱㄴㄷ 12ㅁㅕㅇ ㅋㅋ 3ㄱ개 ㅎㅏㄴ 12명"),
                ok("long-line-of-numbers", ("12명 " + "3,000톤 ").repeat(300)));
    }

    @ParameterizedTest(name = "extract: {0}")
    @MethodSource("cases")
    void extract(Case c, @TempDir Path dir) throws IOException {
        Path file = dir.resolve(c.name() + ".txt");
        Files.write(file, c.bytes());
        TestProject.Result r = TestProject.extract(file);
        if (c.extractCode() != 0) {
            r.assertError(c.extractCode(), c.fragments().toArray(new String[0]));
            return;
        }
        r.assertOk();
        List<CSVRecord> ms = mentions(r.out());
        assertSpansPointAtSurface(new String(c.bytes(), StandardCharsets.UTF_8), ms);
        if (c.planted()) {
            assertFalse(ms.isEmpty(), "the planted 12명 was not found");
            assertTrue(r.err().isEmpty(), () -> "unexpected message: " + r.err());
        } else {
            TestProject.assertOneLine(r.err());
            for (String f : c.fragments()) {
                assertTrue(r.err().contains(f), () -> "stderr should mention " + f + ": " + r.err());
            }
            assertTrue(ms.isEmpty());
        }
    }

    @ParameterizedTest(name = "run: {0}")
    @MethodSource("cases")
    void run(Case c, @TempDir Path dir) throws IOException {
        TestProject p = TestProject.copyInto(dir);
        p.run().assertOk();
        Map<String, String> before = TestProject.snapshot(p.output());
        String id = c.name();
        p.addSource(id, c.name() + ".txt", c.bytes());
        TestProject.Result r = p.run();
        if (c.runCode() != 0) {
            r.assertError(c.runCode(), c.fragments().toArray(new String[0]));
            assertTrue(r.err().contains("raw/" + c.name() + ".txt"), "the message names the file as raw/…");
            assertEquals(before, TestProject.snapshot(p.output()), "output/ changed after a failed run");
            return;
        }
        if (r.code() == 1) { // a validation rule refused the odd figures: promised behaviour, output/ untouched
            assertTrue(r.err().contains("csto-figures: validation failed"), r.err());
            assertEquals(before, TestProject.snapshot(p.output()));
            return;
        }
        r.assertOk();
        List<CSVRecord> ms = mentions(TestProject.read(mentionsCsv(p.output())));
        List<CSVRecord> ours = ms.stream().filter(m -> m.get("source_id").equals(id)).toList();
        assertSpansPointAtSurface(new String(c.bytes(), StandardCharsets.UTF_8), ours);
        assertEquals(c.planted(), !ours.isEmpty(), "mentions of the added source");
        // the run path (whole file) and the extract path (streamed) find the same mentions at the same places
        Path file = p.raw().resolve(c.name() + ".txt");
        assertEquals(key(mentions(TestProject.extract(file).out())), key(ours));
    }

    private static List<String> key(List<CSVRecord> ms) {
        return ms.stream().map(m -> String.join("|", m.get("line"), m.get("char_start"), m.get("char_end"),
                m.get("surface"), m.get("value"), m.get("unit"))).sorted().collect(Collectors.toList());
    }

    static Path mentionsCsv(Path output) {
        try (Stream<Path> s = Files.walk(output)) {
            return s.filter(f -> f.getFileName().toString().equals("mentions.csv")).findFirst()
                    .orElseThrow(() -> new AssertionError("no mentions.csv under " + output));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
