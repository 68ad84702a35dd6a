package org.cstofigures.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cstofigures.cli.Main;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on a copy of the project: the seed's peacekeeping force is flagged and published
 * corrected, and a run that fails validation or reads a broken corrections file leaves output/ as it was.
 */
class PipelineTrustTest {

    @TempDir
    Path project;

    private final StringWriter err = new StringWriter();

    @BeforeEach
    void copyProject() throws IOException {
        Files.copy(Path.of("pipeline.yaml"), project.resolve("pipeline.yaml"));
        copyTree(Path.of("raw"), project.resolve("raw"));
        copyTree(Path.of("curated"), project.resolve("curated"));
        copyTree(Path.of("releases"), project.resolve("releases"));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private int run() {
        return Main.execute(new String[] {"run", "--config", project.resolve("pipeline.yaml").toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err, true));
    }

    private Map<String, byte[]> snapshot() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        Path out = project.resolve("output");
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(out.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static void assertSameTree(Map<String, byte[]> before, Map<String, byte[]> after) {
        assertEquals(before.keySet(), after.keySet(), "the files of output/");
        for (String k : before.keySet()) {
            assertTrue(java.util.Arrays.equals(before.get(k), after.get(k)), k + " changed");
        }
    }

    private void appendToCorrections(String yaml) throws IOException {
        Path file = project.resolve("curated/corrections.yaml");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text.replace("corrections:\n", "corrections:\n" + yaml), StandardCharsets.UTF_8);
    }

    private List<CSVRecord> figuresCsv() throws IOException {
        try (Reader r = Files.newBufferedReader(project.resolve("output/csv/figures.csv"), StandardCharsets.UTF_8)) {
            return new ArrayList<>(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(r).getRecords());
        }
    }

    @Test
    void theSeedPeacekeepingForceIsFlaggedAndPublishedCorrectedWithAsWrittenKept() throws IOException {
        assertEquals(0, run(), err.toString());
        CSVRecord pk = figuresCsv().stream()
                .filter(r -> r.get("first_line").equals("80") && r.get("as_written").contains("360만"))
                .findFirst().orElseThrow(() -> new AssertionError("no figure for 360만 on line 80"));
        assertEquals("corrected", pk.get("status"));
        assertEquals(0, new BigDecimal("3600").compareTo(new BigDecimal(pk.get("value"))));
        assertEquals(0, new BigDecimal("3600000").compareTo(new BigDecimal(pk.get("as_written_value"))));
        assertTrue(pk.get("note").contains("scale error"), pk.get("note"));
        assertFalse(pk.get("flags").contains("scale_error"), "a corrected warning is not a flag any more");

        JsonNode report = new ObjectMapper().readTree(project.resolve("output/validation-report.json").toFile());
        JsonNode scale = null;
        for (JsonNode f : report.get("findings")) {
            if (f.get("rule").asText().equals("scale_error") && f.get("figure_id").asText().equals(pk.get("figure_id"))) {
                scale = f;
            }
        }
        assertNotNull(scale, "the scale-error rule flagged the peacekeeping force");
        assertEquals("corrected", scale.get("status").asText());
        assertTrue(scale.get("message").asText().contains("likely intended value 3,600"), scale.toString());
        assertEquals("corrected", report.get("decisions").get(0).get("action").asText());
        assertTrue(err.toString().contains("validation: "), err.toString());
    }

    @Test
    void aFailingValidationLeavesOutputByteIdentical() throws IOException {
        assertEquals(0, run(), err.toString());
        Map<String, byte[]> before = snapshot();
        // A second correction of the same figure would be a usage error; instead break the shipped one so that
        // the corrected figure violates the interval rule (severity error).
        Path file = project.resolve("curated/corrections.yaml");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("      value: 3600\n"));
        Files.writeString(file, text.replace("      value: 3600\n", "      value: 3600\n      value_low: 5000\n"),
                StandardCharsets.UTF_8);
        assertEquals(1, run(), err.toString());
        assertTrue(err.toString().contains("error   interval"), err.toString());
        assertTrue(err.toString().contains("validation failed: output/ was left as it was"), err.toString());
        assertFalse(err.toString().contains("\tat org."), "no stack trace without --debug");
        assertSameTree(before, snapshot());
    }

    @Test
    void aBrokenCorrectionsFileIsOneLineNamingItsLineAndLeavesOutputAlone() throws IOException {
        assertEquals(0, run(), err.toString());
        Map<String, byte[]> before = snapshot();
        appendToCorrections("  - match: {source_id: csto-odkb-ko-2019, line: 3, surface: \"9999\"}\n"
                + "    reject: true\n    reason: r\n    evidence: e\n    editor: e\n    date: 2026-11-28\n");
        StringWriter fresh = new StringWriter();
        int code = Main.execute(new String[] {"run", "--config", project.resolve("pipeline.yaml").toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(fresh, true));
        assertEquals(2, code, fresh.toString());
        String lineNumber = String.valueOf(Files.readAllLines(project.resolve("curated/corrections.yaml"))
                .indexOf("  - match: {source_id: csto-odkb-ko-2019, line: 3, surface: \"9999\"}") + 1);
        assertEquals("csto-figures: curated/corrections.yaml:" + lineNumber
                + ": this correction matches no figure (source_id csto-odkb-ko-2019, line 3, surface '9999');"
                + " compare it with output/mentions.csv or 'csto-figures extract', then fix or remove the entry",
                fresh.toString().strip());
        assertSameTree(before, snapshot());
    }

    @Test
    void aMissingCorrectionsFileIsAnIoErrorNamingIt() throws IOException {
        assertEquals(0, run(), err.toString());
        Map<String, byte[]> before = snapshot();
        Files.delete(project.resolve("curated/corrections.yaml"));
        StringWriter fresh = new StringWriter();
        int code = Main.execute(new String[] {"run", "--config", project.resolve("pipeline.yaml").toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(fresh, true));
        assertEquals(3, code, fresh.toString());
        assertEquals("csto-figures: curated/corrections.yaml: file not found", fresh.toString().strip());
        assertSameTree(before, snapshot());
    }
}
