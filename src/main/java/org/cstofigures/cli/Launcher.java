package org.cstofigures.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The JVM the work runs in. A JAR cannot choose its JVM's options, and the defaults suit neither a two-second
 * {@code run} nor a text file of a few lines: most of such a process is the JIT compiler and class loading
 * (issue 14). So {@code java -jar csto-figures.jar run|extract …} starts a second JVM, the worker, with the
 * options of {@link #workerOptions}, waits for it and exits with its code; the worker inherits stdin, stdout and
 * stderr, and the options the user gave come after ours, so they win. The worker stops as soon as this process
 * does, even when it is killed with SIGKILL.
 *
 * <p>Two reasons to start the worker, either enough:
 * <ul>
 * <li><em>Options</em>, for {@code run} and {@code extract}: the AppCDS archive the package step writes beside
 * the jar ({@code csto-figures.jsa}), the parallel collector, and C1 alone for a small input. Not when the
 * environment says {@value #JVM_ENV}{@code =as-is}, nor when the user's options watch this very JVM (an agent, a
 * flight recording, an archive being written).</li>
 * <li><em>File names under a C locale.</em> Java 17 takes the encoding of file names and of the command line
 * ({@code sun.jnu.encoding}) from the locale at startup and ignores {@code -Dsun.jnu.encoding}; under
 * {@code LANG=C} it is ASCII, so a Korean argument arrives as {@code ?????} and a Korean path cannot be opened.
 * Then (on Linux) the worker runs in the C.UTF-8 locale and takes the arguments as the bytes the user gave, read
 * from {@code /proc/<parent>/cmdline}.</li>
 * </ul>
 */
final class Launcher {

    /** Set in the worker: the launcher's process id. */
    static final String WORKER_ENV = "CSTO_FIGURES_WORKER";
    /** Set in a UTF-8 worker: where its arguments' bytes are, and how many there are. */
    static final String ARGV_ENV = "CSTO_FIGURES_ARGV";
    static final String ARGC_ENV = "CSTO_FIGURES_ARGC";
    /** {@code CSTO_FIGURES_JVM=as-is}: run in the JVM as started, with its options (a worker only for UTF-8). */
    static final String JVM_ENV = "CSTO_FIGURES_JVM";

    /** Inputs smaller than this in all run with C1 alone: C2's compilations would cost more than they save. */
    static final long SMALL_INPUT_BYTES = 1 << 20;

    /**
     * The system property that tells the worker how its JIT compiler was set up: {@code c1} (C1 alone) or
     * {@code directives} (started with {@link CompilerDirectives}' file); either way it has none to add.
     */
    static final String JIT_PROPERTY = "csto.figures.jit";

    /** User options that watch or record this JVM: a second one would be another JVM than theirs. */
    private static final Pattern OBSERVED = Pattern.compile(
            "-(agentlib|agentpath|javaagent)[:=].*|-XX:(StartFlightRecording|ArchiveClassesAtExit|SharedArchiveFile)"
                    + "(=.*)?|-Xshare:(dump|off)|-XX:[+-]TieredCompilation|-XX:TieredStopAtLevel=.*");
    /** A user option that chooses the garbage collector. */
    private static final Pattern GC = Pattern.compile("-XX:[+-]Use\\w*GC");

    private Launcher() {
    }

    /**
     * In the launcher: starts the worker when there is a reason to and returns its exit code; empty when this
     * process does the work itself (it is the worker, there is no reason, or the worker cannot be started).
     */
    static Optional<Integer> startWorker(String[] args) {
        if (System.getenv(WORKER_ENV) != null) {
            return Optional.empty();
        }
        boolean utf8 = utf8Needed();
        String vm = System.getProperty("java.vm.name", "");
        boolean tune = !"as-is".equals(System.getenv(JVM_ENV)) && args.length > 0
                && (args[0].equals("run") || args[0].equals("extract"))
                && (vm.contains("HotSpot") || vm.startsWith("OpenJDK")); // the options are HotSpot's
        if (!utf8 && !tune) {
            return Optional.empty();
        }
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.isEmpty()) {
            return Optional.empty();
        }
        List<String> user = new ArrayList<>();
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (utf8 && !a.chars().allMatch(c -> c < 0x80)) {
                // this locale cannot hand the option's characters to the worker: say so rather than drop it quietly
                System.err.println("csto-figures: the Java option " + a + " cannot be passed on under this locale"
                        + " (" + System.getProperty("sun.jnu.encoding") + "); it is left out: run under a UTF-8"
                        + " locale (LANG=C.UTF-8) to keep it");
            } else {
                user.add(a);
            }
        }
        List<String> options = tune ? workerOptions(args, user, archive(classPath), directives(classPath),
                Runtime.getRuntime().availableProcessors()) : List.of();
        if (!utf8 && options.isEmpty()) {
            return Optional.empty();
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(options);
        cmd.addAll(user);
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(Main.class.getName());
        for (String a : args) {
            cmd.add(utf8 ? "-" : a); // placeholders: a UTF-8 worker reads the real bytes from /proc
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        Map<String, String> env = pb.environment();
        env.remove("JDK_JAVA_OPTIONS"); // already among the input arguments passed on
        env.remove("JAVA_TOOL_OPTIONS");
        env.put(WORKER_ENV, Long.toString(ProcessHandle.current().pid()));
        if (utf8) {
            env.put("LC_ALL", "C.UTF-8");
            env.put(ARGV_ENV, "/proc/" + ProcessHandle.current().pid() + "/cmdline");
            env.put(ARGC_ENV, Integer.toString(args.length));
        }
        return run(pb);
    }

    private static Optional<Integer> run(ProcessBuilder pb) {
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            return Optional.empty(); // no second JVM here: the work runs in this one, only slower
        }
        Thread stop = new Thread(() -> {
            p.destroy();
            try {
                p.waitFor(); // the worker's shutdown (output/ as it was) completes before this process exits
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            int code = p.waitFor();
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException ignored) {
                // already shutting down
            }
            return Optional.of(code);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }

    /**
     * The worker's own options for {@code args}, before the user's {@code given} ones (which win): the AppCDS
     * {@code archive} if there is one, quietly (a stale archive is only slower), the parallel collector unless
     * the user chose one, and C1 alone for a small input; for a large one, C2 set up to reach compiled code
     * sooner (see below) with its {@code directives} file if there is one. None when the user's options watch this
     * JVM. A flag this HotSpot does not know (one without C2) is ignored: the user's own were checked by the
     * launcher's JVM already.
     */
    static List<String> workerOptions(String[] args, List<String> given, Path archive, Path directives, int cores) {
        for (String g : given) {
            if (OBSERVED.matcher(g).matches()) {
                return List.of();
            }
        }
        boolean small = small(args);
        List<String> o = new ArrayList<>();
        o.add("-XX:+IgnoreUnrecognizedVMOptions");
        if (archive != null) {
            o.add("-XX:SharedArchiveFile=" + archive);
            o.add("-Xlog:cds=off,cds+dynamic=off");
        }
        if (given.stream().noneMatch(g -> GC.matcher(g).matches())) {
            o.add("-XX:+UseParallelGC");
        }
        if (small) {
            o.add("-XX:TieredStopAtLevel=1");
            o.add("-D" + JIT_PROPERTY + "=c1");
        } else {
            // over 50 MB, the first 3-4 s ran at 40 % of the final speed while the one C2 thread of a 2-core machine
            // worked through its queue (busy all that time): a second C2 thread, and smaller units to compile
            // (inline less into a method whose callees are large or already compiled large), halve that phase
            if (cores <= 3) {
                o.add("-XX:CICompilerCount=3");
            }
            o.add("-XX:FreqInlineSize=100");
            o.add("-XX:InlineSmallCode=1000");
        }
        if (!small && directives != null) {
            o.add("-XX:+UnlockDiagnosticVMOptions");
            o.add("-XX:CompilerDirectivesFile=" + directives);
            o.add("-XX:-DisplayVMOutput"); // else HotSpot prints "2 compiler directives added" on stdout
            o.add("-D" + JIT_PROPERTY + "=directives");
        }
        return o;
    }

    /** True for a small input: see {@link #inputBytes}. */
    static boolean small(String[] args) {
        return inputBytes(args) < SMALL_INPUT_BYTES;
    }

    /**
     * The input's size as far as the arguments tell cheaply: for {@code extract}, the regular files named (a pipe or
     * anything else counts as large); for {@code run}, the files in the directory of the sources manifest beside
     * the configuration ({@code raw/} of the project), or large when there is none.
     */
    static long inputBytes(String[] args) {
        if (args[0].equals("extract")) {
            long bytes = 0;
            for (int i = 1; i < args.length; i++) {
                String a = args[i];
                if (a.startsWith("-")) {
                    continue;
                }
                try {
                    Path f = Path.of(a);
                    if (Files.isRegularFile(f)) {
                        bytes += Files.size(f);
                    } else if (Files.exists(f) && !Files.isDirectory(f)) {
                        return Long.MAX_VALUE; // a pipe or a device: of unknown length
                    }
                } catch (IOException e) {
                    // unreadable: the worker says so
                } catch (RuntimeException e) {
                    return Long.MAX_VALUE; // a name this locale cannot encode (the worker gets its bytes): unknown
                }
            }
            return bytes;
        }
        return runBytes(args);
    }

    /** The line of pipeline.yaml that names the sources manifest ({@code paths.sources}). */
    private static final Pattern SOURCES = Pattern.compile("(?m)^\\s+sources:\\s*[\"']?([^\"'#\\s]+)");

    /**
     * {@code run}: the bytes of the files under the directory of the sources manifest that {@code --config} (or
     * pipeline.yaml) names, counted up to {@link #SMALL_INPUT_BYTES}; large when the configuration or manifest
     * cannot be found this way. Only a hint for the compiler: a wrong guess is slower, never different.
     */
    private static long runBytes(String[] args) {
        String config = "pipeline.yaml";
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--config") && i + 1 < args.length) {
                config = args[i + 1];
            } else if (args[i].startsWith("--config=")) {
                config = args[i].substring("--config=".length());
            }
        }
        try {
            Path file = Path.of(config).toAbsolutePath();
            if (!Files.isRegularFile(file) || Files.size(file) > SMALL_INPUT_BYTES) {
                return Long.MAX_VALUE;
            }
            java.util.regex.Matcher m = SOURCES.matcher(Files.readString(file, StandardCharsets.UTF_8));
            if (!m.find()) {
                return Long.MAX_VALUE;
            }
            Path dir = file.resolveSibling(m.group(1)).getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                return Long.MAX_VALUE;
            }
            long[] bytes = {0};
            try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
                s.filter(Files::isRegularFile).takeWhile(p -> bytes[0] < SMALL_INPUT_BYTES).forEach(p -> {
                    try {
                        bytes[0] += Files.size(p);
                    } catch (IOException e) {
                        bytes[0] = Long.MAX_VALUE / 2;
                    }
                });
            }
            return bytes[0];
        } catch (IOException | RuntimeException e) {
            return Long.MAX_VALUE;
        }
    }

    /** The file of {@link CompilerDirectives} the package step copies beside the jar. */
    static final String DIRECTIVES_FILE = "compiler-directives.json";

    /**
     * The compiler directives beside a jar run alone (written by the package step, so that no temporary file is
     * needed), or null: a worker without it adds them itself, as any JVM does.
     */
    static Path directives(String classPath) {
        Path jar = jarAlone(classPath);
        return jar == null ? null : existing(jar.resolveSibling(DIRECTIVES_FILE));
    }

    /** The AppCDS archive beside a jar run alone ({@code x.jar} → {@code x.jsa}), or null. */
    static Path archive(String classPath) {
        Path jar = jarAlone(classPath);
        String name = jar == null ? null : jar.getFileName().toString();
        return jar == null ? null : existing(jar.resolveSibling(name.substring(0, name.length() - 4) + ".jsa"));
    }

    /** The jar this process runs alone, or null for a class path of several entries or of classes. */
    private static Path jarAlone(String classPath) {
        return classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)
                ? Path.of(classPath).toAbsolutePath() : null;
    }

    private static Path existing(Path file) {
        return Files.isRegularFile(file) ? file : null;
    }

    /** True when file names are not UTF-8 and the worker may run in a UTF-8 locale. */
    private static boolean utf8Needed() {
        String jnu = System.getProperty("sun.jnu.encoding", "");
        return !jnu.equalsIgnoreCase("UTF-8") && !jnu.equalsIgnoreCase("UTF8")
                && Files.isReadable(Path.of("/proc/self/cmdline"));
    }

    /**
     * In the worker: stops this process as soon as the launcher is gone (killed with SIGKILL, its shutdown hook
     * never ran), as a killed process would stop; a daemon thread looks every {@value #WATCH_MS} ms.
     */
    static void exitWithLauncher() {
        String launcher = System.getenv(WORKER_ENV);
        if (launcher == null) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(launcher);
        } catch (NumberFormatException e) {
            return;
        }
        Thread t = new Thread(() -> {
            while (ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L) == pid) {
                try {
                    Thread.sleep(WATCH_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(KILLED);
        }, "launcher-watch");
        t.setDaemon(true);
        t.start();
    }

    /** How often the worker looks for its launcher. */
    static final long WATCH_MS = 20;
    /** The worker's exit code when its launcher is gone (as for SIGKILL). */
    static final int KILLED = 137;

    /** In a UTF-8 worker: the launcher's last {@code argc} arguments, decoded as UTF-8. */
    static String[] arguments(String[] given) {
        String file = System.getenv(ARGV_ENV);
        String argc = System.getenv(ARGC_ENV);
        if (file == null || argc == null) {
            return given;
        }
        try {
            byte[] b = Files.readAllBytes(Path.of(file));
            List<String> all = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < b.length; i++) {
                if (b[i] == 0) {
                    all.add(new String(b, start, i - start, StandardCharsets.UTF_8));
                    start = i + 1;
                }
            }
            int n = Integer.parseInt(argc);
            if (n != given.length || n > all.size()) {
                return given;
            }
            return all.subList(all.size() - n, all.size()).toArray(new String[0]);
        } catch (IOException | RuntimeException e) {
            return given;
        }
    }
}
