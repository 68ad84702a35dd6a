package org.cstofigures.extract;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cstofigures.figures.FigureStage;
import org.cstofigures.figures.Lexicon;
import org.cstofigures.model.Mention;
import org.cstofigures.publish.Cells;
import org.cstofigures.publish.PublishedMention;
import org.cstofigures.publish.Tables;
import org.cstofigures.source.Line;
import org.cstofigures.source.LineReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Throughput of the whole {@code extract} path (text in, lines cut as the CLI cuts them, grammar, sentences,
 * figures, CSV rows out to a writer that drops them) next to the grammar alone and a bare {@code \d[\d,.]*}
 * regex scan, on three corpora: a generated ~50 MB varied Korean text ({@code varied}), a 4 MB line of
 * "헤로인 12톤 압수 " ({@code longline}) and the same text one phrase per line ({@code splitlines}). One
 * operation is one pass over a corpus; {@link #main} prints MB/s (UTF-8 bytes) per benchmark and corpus and the
 * ratios. Run with {@code mvn -Pjmh test-compile exec:exec} (see docs/development.md, "Benchmark"); never part of test or package.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExtractionBenchmark {

    static final long SEED = 20190906L;
    static final long TARGET_BYTES = 50L * 1024 * 1024;
    static final int LONG_REPEAT = 4 * 1024 * 1024 / 23;
    private static final String PHRASE = "헤로인 12톤 압수";
    private static final Pattern DIGITS = Pattern.compile("[0-9][0-9,.]*");
    private static final LocalDate PUBLISHED = LocalDate.of(2019, 9, 6);

    @Param({"varied", "longline", "splitlines"})
    public String corpus;

    private String text;
    private Extractor extractor;
    private ExtractStage extract;
    private FigureStage figures;

    @Setup
    public void setUp() {
        text = corpus(corpus);
        extractor = Extractors.standard();
        extract = new ExtractStage(extractor);
        figures = new FigureStage(Lexicon.bundled());
    }

    static String corpus(String name) {
        switch (name) {
            case "varied":
                return String.join("\n", KoreanCorpus.generate(SEED, TARGET_BYTES)) + "\n";
            case "longline":
                return (PHRASE + " ").repeat(LONG_REPEAT) + "\n";
            case "splitlines":
                return (PHRASE + "\n").repeat(LONG_REPEAT);
            default:
                throw new IllegalArgumentException(name);
        }
    }

    /** The whole extract path: lines as the CLI reads them, grammar, figures, CSV rows. */
    @Benchmark
    public void wholePath(Blackhole bh) throws IOException {
        Counting sink = new Counting();
        CSVPrinter printer = new CSVPrinter(sink, CSVFormat.RFC4180);
        try (LineReader reader = LineReader.of(text, "bench", LineReader.MAX_PIECE_CHARS)) {
            Line line;
            while ((line = reader.next()) != null) {
                for (Mention m : figures.mentionsForLine("bench", PUBLISHED, extract.extractLine(line, PUBLISHED))) {
                    for (Object v : Tables.MENTIONS.row(PublishedMention.extracted(m))) {
                        printer.print(Cells.text(v));
                    }
                    printer.println();
                }
            }
        }
        printer.flush();
        bh.consume(sink.chars);
    }

    /** The grammar alone, over the same lines. */
    @Benchmark
    public void grammar(Blackhole bh) throws IOException {
        int found = 0;
        try (LineReader reader = LineReader.of(text, "bench", LineReader.MAX_PIECE_CHARS)) {
            Line line;
            while ((line = reader.next()) != null) {
                Extraction x = extractor.extract(line.text(), PUBLISHED);
                found += x.quantities().size() + x.times().size();
            }
        }
        bh.consume(found);
    }

    /** A bare digit-run scan of the same text. */
    @Benchmark
    public void bareDigitRegex(Blackhole bh) {
        int found = 0;
        Matcher m = DIGITS.matcher(text);
        while (m.find()) {
            found++;
        }
        bh.consume(found);
    }

    /** A writer that counts what it is given and keeps nothing. */
    private static final class Counting extends Writer {
        long chars;

        @Override
        public void write(char[] cbuf, int off, int len) {
            chars += len;
        }

        @Override
        public void write(String s, int off, int len) {
            chars += len;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /** Runs the benchmarks (JMH command-line options are honoured) and prints MB/s and the ratios. */
    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        Map<String, Long> bytes = new LinkedHashMap<>();
        for (String c : List.of("varied", "longline", "splitlines")) {
            bytes.put(c, (long) corpus(c).getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        }
        Options cli = new CommandLineOptions(args);
        Options opts = new OptionsBuilder().parent(cli).include(ExtractionBenchmark.class.getName() + "\\.").build();
        Collection<RunResult> results = new Runner(opts).run();
        Map<String, Double> ms = new LinkedHashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            ms.put(name.substring(name.lastIndexOf('.') + 1) + "/" + r.getParams().getParam("corpus"),
                    r.getPrimaryResult().getScore());
        }
        System.out.println();
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Double> e : ms.entrySet()) {
            String c = e.getKey().substring(e.getKey().indexOf('/') + 1);
            lines.add(String.format(Locale.ROOT, "%-28s %8.1f MB/s  (%.1f ms per %.1f MB pass)", e.getKey(),
                    bytes.get(c) / 1e6 / (e.getValue() / 1000), e.getValue(), bytes.get(c) / 1e6));
        }
        lines.forEach(System.out::println);
        for (String c : bytes.keySet()) {
            Double whole = ms.get("wholePath/" + c);
            Double grammar = ms.get("grammar/" + c);
            Double scan = ms.get("bareDigitRegex/" + c);
            if (whole != null && scan != null && grammar != null) {
                System.out.printf(Locale.ROOT, "%-10s whole path / bare scan: %.2f   grammar / bare scan: %.2f   "
                        + "whole path / grammar: %.2f%n", c, whole / scan, grammar / scan, whole / grammar);
            }
        }
        Double longLine = ms.get("wholePath/longline");
        Double split = ms.get("wholePath/splitlines");
        if (longLine != null && split != null) {
            System.out.printf(Locale.ROOT, "whole path, one long line / the same text split into lines: %.2f%n",
                    longLine / split);
        }
    }
}
