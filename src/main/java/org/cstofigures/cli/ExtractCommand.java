package org.cstofigures.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cstofigures.config.YamlFiles;
import org.cstofigures.error.ExitCode;
import org.cstofigures.error.PipelineException;
import org.cstofigures.extract.ExtractStage;
import org.cstofigures.extract.Extractors;
import org.cstofigures.figures.FigureStage;
import org.cstofigures.figures.Lexicon;
import org.cstofigures.model.Mention;
import org.cstofigures.publish.Cells;
import org.cstofigures.publish.Column;
import org.cstofigures.publish.ColumnDefinition;
import org.cstofigures.publish.PublishedMention;
import org.cstofigures.publish.Tables;
import org.cstofigures.source.Line;
import org.cstofigures.source.LineReader;
import org.cstofigures.source.SourceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code extract}: runs the grammar and figure-building on any UTF-8 text file and prints the mentions table to
 * stdout. Streams in chunks of whole lines, so output starts before a large input is read to the end and memory
 * stays flat; {@code --threads} workers share the chunks and the output is the same bytes for any number.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the mentions found in UTF-8 text files (lines numbered from 1 per file).")
final class ExtractCommand implements Callable<Integer> {

    /** Longest piece of a line handed to the grammar at once; longer lines are split at a space. */
    static final int MAX_LINE_CHARS = LineReader.MAX_PIECE_CHARS;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date that anchors relative dates such as 올해.")
    LocalDate published;

    @Option(names = "--format", paramLabel = "csv|json", defaultValue = "csv",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--lexicon", paramLabel = "DIR",
            description = "Lexicon directory (categories.yaml, subjects.yaml, operations.yaml, frames.yaml), e.g."
                    + " curated/lexicon;"
                    + " default: the lexicon bundled in the jar.")
    Path lexicon;
    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: one per processor). The output is the same for any N.")
    Integer threads;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "UTF-8 text files.")
    List<Path> files;

    enum Format { csv, json }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Lines are handed to the workers in chunks of whole lines of about this many chars. */
    static final int CHUNK_CHARS = 1 << 15;

    /**
     * Writes to the command line's out writer (UTF-8 stdout when run from {@link Main#main}, a captured writer
     * in tests). Reads each file in chunks of whole lines; {@code --threads} workers find the mentions of the
     * chunks (each line on its own, so a chunk's mentions do not depend on its neighbours) and the rows are
     * written in input order, chunk by chunk, so output starts before a large input is read to the end and
     * at most two chunks per worker are held in memory.
     */
    @Override
    public Integer call() throws IOException {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--threads must be at least 1, not " + workers);
        }
        if (isLong(files)) {
            CompilerDirectives.installInBackground(); // a short input never loads the management classes
        }
        ExtractStage extract = new ExtractStage(Extractors.standard());
        FigureStage figures = new FigureStage(lexicon != null ? Lexicon.load(lexicon, lexicon.toString())
                : Lexicon.bundled());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path file : files) {
            if (!isPipe(file)) {
                open(file, file.toString()).close(); // refuse a missing or unreadable file before printing anything
            }
        }
        try (Sink sink = format == Format.json ? new JsonSink(out) : new CsvSink(out);
                Chunks chunks = new Chunks(workers, sink)) {
            for (Path file : files) {
                String shown = file.toString();
                String sourceId = sourceId(file);
                boolean hasText = false;
                List<Line> chunk = new ArrayList<>();
                int chars = 0;
                PipelineException failed = null;
                try (InputStream in = open(file, shown); LineReader reader = new LineReader(in, shown, MAX_LINE_CHARS)) {
                    Line line;
                    while ((line = reader.next()) != null) {
                        hasText = hasText || !SourceLoader.hasNoText(line.text());
                        chunk.add(line);
                        chars += line.text().length();
                        if (chars >= CHUNK_CHARS) {
                            chunks.submit(mentions(extract, figures, sink, sourceId, chunk), chars);
                            chunk = new ArrayList<>();
                            chars = 0;
                        }
                    }
                } catch (PipelineException e) {
                    failed = e; // the rows of the lines read before the fault are still written
                }
                if (!chunk.isEmpty()) {
                    chunks.submit(mentions(extract, figures, sink, sourceId, chunk), chars);
                }
                chunks.drain();
                if (failed != null) {
                    throw failed;
                }
                if (!hasText) {
                    err.println("csto-figures: " + shown + ": no text (empty or only whitespace); nothing to extract");
                    err.flush();
                }
            }
            sink.finish();
        }
        if (out.checkError()) {
            throw new PipelineException(ExitCode.IO, "stdout: cannot write the output");
        }
        return ExitCode.OK.code();
    }

    /** Inputs of at least this many bytes in all are long enough for the JIT compiler's work to matter. */
    static final long LONG_INPUT_BYTES = 1 << 20;

    /** True if the files hold {@link #LONG_INPUT_BYTES} or more, or one is a pipe (of unknown length). */
    private static boolean isLong(List<Path> files) {
        long bytes = 0;
        for (Path file : files) {
            try {
                bytes += Files.isRegularFile(file) ? Files.size(file) : LONG_INPUT_BYTES;
            } catch (IOException e) {
                // an unreadable file is refused below, with its reason
            }
        }
        return bytes >= LONG_INPUT_BYTES;
    }

    /** How long {@code extract} waits for a writer to open a named pipe given as input. */
    static final long PIPE_WAIT_SECONDS = 10;

    private static boolean isPipe(Path file) {
        return Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file);
    }

    /**
     * Opening a named pipe blocks until a writer opens it; a pipe nobody writes would wait forever, so it is opened
     * in a daemon thread and refused after {@link #PIPE_WAIT_SECONDS} seconds.
     */
    private static InputStream openPipe(Path file, String shown) {
        java.util.concurrent.FutureTask<InputStream> task = new java.util.concurrent.FutureTask<>(
                () -> Files.newInputStream(file));
        Thread t = new Thread(task, "open " + shown);
        t.setDaemon(true);
        t.start();
        try {
            return task.get(PIPE_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new PipelineException(ExitCode.IO, shown + ": a pipe that no program writes (waited "
                    + PIPE_WAIT_SECONDS + " s); start the program that writes it first, or give a regular file", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PipelineException(ExitCode.IO, shown + ": interrupted while waiting for a writer", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable c = e.getCause();
            throw new PipelineException(ExitCode.IO, shown + ": cannot read: " + (c instanceof IOException
                    ? PipelineException.reason((IOException) c) : String.valueOf(c)), c);
        }
    }

    /**
     * A chunk's rows, encoded as the output takes them: segments of UTF-8 bytes when the output takes bytes,
     * else of text (of about {@link Sink#SEGMENT_CHARS} chars each, so that a very long line's rows are never one
     * huge string), the number of rows and the line of its last mention (0 if it has none). The worker encodes
     * them, so that the one thread that writes them only copies bytes.
     */
    private record Encoded(List<Object> segments, int rows, int lastLine) {
    }

    /** The task that finds the mentions of a chunk of lines, line by line, and encodes their rows. */
    private Callable<Encoded> mentions(ExtractStage extract, FigureStage figures, Sink sink, String sourceId,
            List<Line> chunk) {
        LocalDate anchor = published;
        return () -> {
            Sink.Rows rows = sink.rows();
            int[] n = {0, 0}; // rows, line of the last
            try {
                for (Line l : chunk) {
                    // each mention is encoded as soon as its sentence is done: a piece of a million chars never
                    // holds all its mentions at once
                    figures.mentionsForLine(sourceId, anchor, extract.extractLine(l, anchor), m -> {
                        try {
                            rows.write(PublishedMention.extracted(m));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        n[0]++;
                        n[1] = m.line();
                    });
                }
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
            return new Encoded(rows.segments(), n[0], n[1]);
        };
    }

    /**
     * Runs chunk tasks on a pool of workers (or in the calling thread for one worker) and writes their rows in
     * submission order; at most two tasks per worker are pending at a time.
     */
    private static final class Chunks implements AutoCloseable {
        /**
         * A chunk longer than this (a line of more than about 100,000 chars, up to a piece of {@link
         * #MAX_LINE_CHARS}) is a long one: at most one per worker is pending, so that the encoded rows of at
         * most that many pieces are held in memory.
         */
        static final int LONG_CHARS = 4 * CHUNK_CHARS;

        private final ExecutorService pool;
        private final int longPending;
        private final int maxPending;
        private final Deque<Future<Encoded>> pending = new ArrayDeque<>();
        private final Sink sink;

        Chunks(int workers, Sink sink) {
            this.sink = sink;
            this.longPending = workers;
            this.maxPending = 2 * workers;
            this.pool = workers == 1 ? null : Executors.newFixedThreadPool(workers, r -> {
                Thread t = new Thread(r, "extract-worker");
                t.setDaemon(true);
                return t;
            });
        }

        /**
         * Runs a chunk of {@code chars} chars. Before a long one (more than {@link #LONG_CHARS}), the pending ones
         * are written until fewer than one per worker remain, so that the pieces of a line without breaks run
         * side by side while at most one per worker is held in memory.
         */
        void submit(Callable<Encoded> task, int chars) throws IOException {
            if (pool == null) {
                write(call(task));
                return;
            }
            if (chars > LONG_CHARS) {
                while (pending.size() >= longPending) {
                    write(await(pending.poll()));
                }
            }
            pending.add(pool.submit(task));
            while (pending.size() >= maxPending) {
                write(await(pending.poll()));
            }
        }

        /** Writes every pending chunk's rows, in order. */
        void drain() throws IOException {
            while (!pending.isEmpty()) {
                write(await(pending.poll()));
            }
        }

        private void write(Encoded chunk) throws IOException {
            if (!sink.write(chunk, 0)) {
                throw new PipelineException(ExitCode.IO, "stdout: cannot write (the reader closed it, e.g. head);"
                        + " stopped" + (chunk.rows() == 0 ? "" : " at line " + chunk.lastLine()));
            }
        }

        private static Encoded call(Callable<Encoded> task) {
            try {
                return task.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private static Encoded await(Future<Encoded> f) {
            try {
                return f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PipelineException(ExitCode.IO, "interrupted", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error x) {
                    throw x;
                }
                throw new IllegalStateException(cause);
            }
        }

        @Override
        public void close() {
            if (pool != null) {
                for (Future<Encoded> f : pending) {
                    f.cancel(true);
                }
                pool.shutdownNow();
            }
        }
    }

    private static InputStream open(Path file, String shown) {
        if (isPipe(file)) {
            return openPipe(file, shown);
        }
        try {
            if (Files.isDirectory(file)) {
                throw new PipelineException(ExitCode.IO, shown + ": is a directory, expected a text file");
            }
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new PipelineException(ExitCode.IO, shown + ": file not found", e);
        } catch (AccessDeniedException e) {
            throw new PipelineException(ExitCode.IO, shown + ": permission denied; make it readable", e);
        } catch (IOException e) {
            throw new PipelineException(ExitCode.IO, shown + ": cannot read: " + PipelineException.reason(e), e);
        }
    }

    /** A source id for an arbitrary file: its name without extension, lower-cased, safe characters only. */
    static String sourceId(Path file) {
        Path name = file.getFileName();
        String base = name == null ? "input" : name.toString();
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        String id = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
        return id.isEmpty() ? "input" : id;
    }

    /**
     * The output: the start and end of the table, written by the one writing thread, and the encoding of a chunk's
     * rows, done by the workers ({@link #rows}). With an output that takes bytes ({@link Utf8Out}, stdout) a chunk
     * is written as UTF-8 bytes encoded by its worker; else (a writer in tests) as text.
     */
    private abstract static class Sink implements AutoCloseable {
        /** A chunk's encoded rows are cut into segments of about this many chars. */
        static final int SEGMENT_CHARS = 1 << 15;

        private final PrintWriter out;
        private final OutputStream bytes;
        private boolean broken;

        Sink(PrintWriter out) {
            this.out = out;
            this.bytes = out instanceof Utf8Out u ? u.bytes() : null;
        }

        /** The rows of one chunk, encoded by one worker and cut into segments. */
        abstract class Rows {
            final List<Object> segments = new ArrayList<>();

            abstract void write(PublishedMention mention) throws IOException;

            /** The segments of all rows written. */
            abstract List<Object> segments() throws IOException;

            /** A segment of encoded text, as bytes if the output takes them. */
            final Object segment(String text) {
                return bytes != null ? text.getBytes(StandardCharsets.UTF_8) : text;
            }

            /** A segment of UTF-8 bytes, as text if the output does not take bytes. */
            final Object segment(byte[] utf8) {
                return bytes != null ? utf8 : new String(utf8, StandardCharsets.UTF_8);
            }
        }

        /** Rows encoded into a text, taken as a segment once it is long enough. */
        abstract class TextRows extends Rows {
            /** The text the rows are encoded into. */
            abstract StringBuilder text() throws IOException;

            abstract void encode(List<Object> row) throws IOException;

            @Override
            final void write(PublishedMention mention) throws IOException {
                encode(Tables.MENTIONS.row(mention));
                if (text().length() >= SEGMENT_CHARS) {
                    cut();
                }
            }

            @Override
            final List<Object> segments() throws IOException {
                cut();
                return segments;
            }

            private void cut() throws IOException {
                StringBuilder t = text();
                if (t.length() > 0) {
                    segments.add(segment(t.toString()));
                    t.setLength(0);
                }
            }
        }

        abstract Rows rows() throws IOException;

        /** Text the table ends with, once every input was read. */
        void finish() {
        }

        /** Text the table starts or ends with. */
        void print(String text) {
            out.write(text);
        }

        /**
         * Writes a chunk, after what was printed before it, leaving out the first {@code skip} chars (ASCII) of its
         * first segment; false if the output is closed or failing.
         */
        boolean write(Encoded chunk, int skip) {
            out.flush();
            int from = skip;
            for (Object segment : chunk.segments()) {
                if (broken || out.checkError()) {
                    break;
                }
                if (segment instanceof byte[] b) {
                    try {
                        bytes.write(b, from, b.length - from);
                    } catch (IOException e) {
                        broken = true;
                    }
                } else {
                    String t = (String) segment;
                    out.write(t, from, t.length() - from);
                    out.flush();
                }
                from = 0;
            }
            return !broken && !out.checkError();
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    /** CSV (RFC 4180) with a header row; each chunk's rows are encoded by its worker ({@link CsvCells}). */
    private static final class CsvSink extends Sink {
        CsvSink(PrintWriter out) throws IOException {
            super(out);
            CsvCells header = new CsvCells(1024);
            header.row(new ArrayList<>(Tables.MENTIONS.schema().stream().map(Column::name).toList()));
            print(new String(header.take(), StandardCharsets.UTF_8));
        }

        @Override
        Rows rows() {
            CsvCells cells = new CsvCells(SEGMENT_CHARS + 1024);
            return new Rows() {
                // the text of the last decimal: a row's value, published value, low and high are mostly equal
                private BigDecimal lastDecimal;
                private String lastPlain;

                // the text of the last date: a period's start and end recur in the rows of a sentence
                private LocalDate lastDate;
                private String lastDateText;

                private String date(LocalDate d) {
                    if (!d.equals(lastDate)) {
                        lastDate = d;
                        lastDateText = Cells.text(d);
                    }
                    return lastDateText;
                }

                private String plain(BigDecimal d) {
                    if (!d.equals(lastDecimal)) {
                        lastDecimal = d;
                        lastPlain = Cells.text(d);
                    }
                    return lastPlain;
                }

                @Override
                void write(PublishedMention mention) {
                    // the cells straight from the columns, without a row list
                    List<ColumnDefinition<PublishedMention>> columns = Tables.MENTIONS.columns();
                    for (int i = 0; i < columns.size(); i++) {
                        Object v = columns.get(i).read(mention);
                        if (v instanceof String t) {
                            cells.cell(t, i == 0);
                        } else if (v instanceof Integer n) {
                            cells.cell(n, i == 0);
                        } else if (v instanceof BigDecimal d) {
                            cells.cell(plain(d), i == 0);
                        } else if (v instanceof LocalDate d) {
                            cells.cell(date(d), i == 0);
                        } else {
                            cells.cell(Cells.text(v), i == 0);
                        }
                    }
                    cells.endRow();
                    if (cells.size() >= SEGMENT_CHARS) {
                        segments.add(segment(cells.take()));
                    }
                }

                @Override
                List<Object> segments() {
                    if (cells.size() > 0) {
                        segments.add(segment(cells.take()));
                    }
                    return segments;
                }
            };
        }
    }

    /**
     * A JSON array of objects, one a line. Each chunk's objects are written by a generator of their own, the first
     * preceded by a comma; the comma before the first object of the whole array is left out when it is written.
     */
    private static final class JsonSink extends Sink {
        private final JsonFactory factory = YamlFiles.jsonMapper().getFactory();
        private boolean first = true;

        JsonSink(PrintWriter out) {
            super(out);
            print("[");
        }

        @Override
        Rows rows() throws IOException {
            StringBuilder text = new StringBuilder(SEGMENT_CHARS + 1024);
            JsonGenerator gen = factory.createGenerator(new Writer() {
                @Override
                public void write(char[] buf, int off, int len) {
                    text.append(buf, off, len);
                }

                @Override
                public void write(String str, int off, int len) {
                    text.append(str, off, off + len);
                }

                @Override
                public void flush() {
                }

                @Override
                public void close() {
                }
            });
            gen.writeStartArray();
            gen.flush();
            text.setLength(0); // the generator is in an array, so it writes the commas between objects
            return new TextRows() {
                private boolean firstOfChunk = true;

                @Override
                StringBuilder text() throws IOException {
                    gen.flush();
                    return text;
                }

                @Override
                void encode(List<Object> row) throws IOException {
                    if (firstOfChunk) {
                        gen.writeRaw(','); // before the chunk's first object; the generator writes the others
                        firstOfChunk = false;
                    }
                    gen.writeStartObject();
                    for (int i = 0; i < row.size(); i++) {
                        String name = Tables.MENTIONS.columns().get(i).name();
                        Object v = row.get(i);
                        if (v == null) {
                            gen.writeNullField(name);
                        } else if (v instanceof BigDecimal) {
                            gen.writeFieldName(name);
                            gen.writeNumber(((BigDecimal) v).toPlainString());
                        } else if (v instanceof Integer || v instanceof Long) {
                            gen.writeNumberField(name, ((Number) v).longValue());
                        } else {
                            gen.writeStringField(name, v.toString());
                        }
                    }
                    gen.writeEndObject();
                    gen.writeRaw('\n');
                }
            };
        }

        @Override
        boolean write(Encoded chunk, int skip) {
            if (chunk.rows() == 0) {
                return super.write(chunk, skip);
            }
            boolean firstOfAll = first; // the first object of the array has no comma before it
            first = false;
            return super.write(chunk, firstOfAll ? skip + 1 : skip);
        }

        /** Closes the array; only after every file was read, so a failed run leaves it visibly incomplete. */
        @Override
        void finish() {
            print("]\n");
        }
    }
}
