package org.cstofigures.extract;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Extraction throughput of {@link Extractors#standard()} over a generated ~50 MB Korean corpus, line by line,
 * next to a bare {@code \d+} regex scan of the same lines. One operation is one pass over the whole corpus;
 * {@link #main} runs both and prints MB/s (UTF-8 bytes) and their ratio. Run with {@code mvn -Pjmh ...}
 * (see the README); it is not part of {@code mvn test} or {@code mvn package}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExtractionBenchmark {

    static final long SEED = 20190906L;
    static final long TARGET_BYTES = 50L * 1024 * 1024;
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final LocalDate PUBLISHED = LocalDate.of(2019, 9, 6);

    private List<String> lines;
    private Extractor extractor;

    @Setup
    public void setUp() {
        lines = KoreanCorpus.generate(SEED, TARGET_BYTES);
        extractor = Extractors.standard();
    }

    @Benchmark
    public void extract(Blackhole bh) {
        int found = 0;
        for (String line : lines) {
            Extraction x = extractor.extract(line, PUBLISHED);
            found += x.quantities().size() + x.times().size();
        }
        bh.consume(found);
    }

    @Benchmark
    public void bareDigitRegex(Blackhole bh) {
        int found = 0;
        for (String line : lines) {
            Matcher m = DIGITS.matcher(line);
            while (m.find()) {
                found++;
            }
        }
        bh.consume(found);
    }

    /** Runs both benchmarks (JMH command-line options are honoured) and prints MB/s and the ratio. */
    public static void main(String[] args) throws RunnerException, Exception {
        List<String> corpus = KoreanCorpus.generate(SEED, TARGET_BYTES);
        long bytes = KoreanCorpus.bytes(corpus);
        Extraction sample = Extractors.standard().extract(corpus.get(0), PUBLISHED);
        int q = 0;
        int t = 0;
        for (String l : corpus) {
            Extraction x = Extractors.standard().extract(l, PUBLISHED);
            q += x.quantities().size();
            t += x.times().size();
        }
        System.out.printf(Locale.ROOT, "corpus: %d lines, %.1f MB UTF-8, %d quantities, %d times (first line: %d)%n",
                corpus.size(), bytes / 1e6, q, t, sample.quantities().size());
        corpus = null;
        Options cli = new CommandLineOptions(args);
        Options opts = new OptionsBuilder().parent(cli).include(ExtractionBenchmark.class.getName() + "\\.").build();
        Collection<RunResult> results = new Runner(opts).run();
        double extractMs = Double.NaN;
        double regexMs = Double.NaN;
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            double ms = r.getPrimaryResult().getScore();
            if (name.endsWith(".extract")) {
                extractMs = ms;
            } else if (name.endsWith(".bareDigitRegex")) {
                regexMs = ms;
            }
        }
        double extractMbs = bytes / 1e6 / (extractMs / 1000);
        double regexMbs = bytes / 1e6 / (regexMs / 1000);
        System.out.printf(Locale.ROOT, "%nextraction: %.1f MB/s (%.1f ms per %.1f MB pass)%n", extractMbs, extractMs,
                bytes / 1e6);
        System.out.printf(Locale.ROOT, "bare \\d+ regex: %.1f MB/s (%.1f ms per pass)%n", regexMbs, regexMs);
        System.out.printf(Locale.ROOT, "ratio extraction / regex: %.2f%n", extractMbs / regexMbs);
    }
}
