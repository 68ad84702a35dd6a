package org.cstofigures.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract --threads N} writes the same bytes as one thread, in input order, for every format. */
@Tag("slow") // the slow tier: mvn verify, not mvn test
class ExtractThreadsTest {

    private static final String[] SENTENCES = {
        "세관은 헤로인 12톤을 압수하고 35명을 입건했다.", "2019년 3월 5일 경찰은 마약사범 3천여 명을 검거했다.",
        "회원국들은 협력 방안을 논의했다.", "약 30개 비회원국이 옵저버로 참여한다.", "예산은 1조 2천억 원이다.",
        "헤로인 12톤 압수 ", "😀 1,832건의 불법정보자원을 차단했다.",
    };

    @Test
    void anyNumberOfThreadsGivesTheBytesOfOne(@TempDir Path dir) throws Exception {
        Random r = new Random(14);
        StringBuilder a = new StringBuilder();
        for (int line = 0; line < 600; line++) {
            // lines longer than a chunk, and three in a row long enough to be long ones (at most one per worker
            // pending)
            int n = line >= 7 && line <= 9 ? 7000 : line % 300 == 7 ? 1700 : 1 + r.nextInt(6);
            for (int i = 0; i < n; i++) {
                a.append(SENTENCES[r.nextInt(SENTENCES.length)]).append(' ');
            }
            a.append(line % 3 == 0 ? "\r\n" : "\n");
        }
        Path first = Files.writeString(dir.resolve("first.txt"), a);
        Path second = Files.writeString(dir.resolve("second.txt"), "둘째 파일 12명\n\n세 번째 줄 7척");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        for (String format : new String[] {"csv", "json"}) {
            String one = extract(format, "1", first, empty, second);
            assertTrue(one.length() > 500_000, "the input has many mentions");
            for (String threads : new String[] {"3", "8"}) {
                assertEquals(one, extract(format, threads, first, empty, second), format + ", " + threads + " threads");
            }
        }
    }

    @Test
    void bytesEncodedByTheWorkersAreTheTextOfAWriter(@TempDir Path dir) throws Exception {
        // stdout takes the UTF-8 bytes each worker encoded (Utf8Out), a writer takes text: the same output, for
        // chunks cut into many segments (a line that runs alone) and for the JSON comma left out once
        Random r = new Random(1414);
        StringBuilder a = new StringBuilder();
        for (int line = 0; line < 200; line++) {
            int n = line == 3 ? 9000 : 1 + r.nextInt(8);
            for (int i = 0; i < n; i++) {
                a.append(SENTENCES[r.nextInt(SENTENCES.length)]).append(' ');
            }
            a.append('\n');
        }
        Path f = Files.writeString(dir.resolve("segments.txt"), a);
        for (String format : new String[] {"csv", "json"}) {
            for (String threads : new String[] {"1", "2"}) {
                String[] args = {"extract", "--format", format, "--threads", threads, f.toString()};
                StringWriter text = new StringWriter();
                assertEquals(0, Main.execute(args, new PrintWriter(text), new PrintWriter(new StringWriter())));
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                Utf8Out out = new Utf8Out(bytes);
                assertEquals(0, Main.execute(args, out, new PrintWriter(new StringWriter())));
                out.flush();
                assertTrue(text.toString().length() > 1_000_000, "the input has many mentions");
                assertEquals(text.toString(), bytes.toString(java.nio.charset.StandardCharsets.UTF_8),
                        format + ", " + threads + " threads");
            }
        }
    }

    @Test
    void threadsMustBePositive(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("a.txt"), "12명");
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"extract", "--threads", "0", f.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(2, code);
        assertTrue(err.toString().contains("--threads must be at least 1"), err.toString());
    }

    private static String extract(String format, String threads, Path... files) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = new String[5 + files.length];
        args[0] = "extract";
        args[1] = "--format";
        args[2] = format;
        args[3] = "--threads";
        args[4] = threads;
        for (int i = 0; i < files.length; i++) {
            args[5 + i] = files[i].toString();
        }
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        assertTrue(err.toString().contains("empty.txt: no text"), err.toString());
        return out.toString();
    }
}
