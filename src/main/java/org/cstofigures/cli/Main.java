package org.cstofigures.cli;

import java.io.PrintWriter;
import org.cstofigures.error.ExitCode;
import org.cstofigures.error.PipelineException;
import org.cstofigures.pipeline.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line: {@code run} builds the whole release, {@code extract} shows what the grammar finds in any
 * text file. Messages go to stderr, data to stdout; errors are one line with a documented exit code.
 */
@Command(name = "csto-figures", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Extracts, validates and publishes the figures of Korean articles as open data.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:validation failed (output/ left as it was)",
                "2:usage or configuration error", "3:input/output error (unreadable file, checksum mismatch, …)"})
public final class Main implements Runnable {

    @Option(names = "--debug", description = "Print stack traces for errors.", scope = CommandLine.ScopeType.INHERIT)
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a command: run, extract or diff");
    }

    /** Data goes to stdout and messages to stderr, both UTF-8 whatever the platform's default charset. */
    public static void main(String[] args) {
        java.util.Optional<Integer> worker = Launcher.startWorker(args);
        if (worker.isPresent()) {
            System.exit(worker.get());
        }
        Launcher.exitWithLauncher();
        args = Launcher.arguments(args);
        PrintWriter out = new Utf8Out(new java.io.FileOutputStream(java.io.FileDescriptor.out));
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(
                new java.io.FileOutputStream(java.io.FileDescriptor.err), java.nio.charset.StandardCharsets.UTF_8), true);
        int code = execute(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the CLI with the given streams and returns the exit code (used by tests). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        Main main = new Main();
        CommandLine cl = new CommandLine(main);
        // only the command named first is built when one is (reading every command's annotations was a quarter of
        // picocli's start-up); help, typos and options first see all three. Before the settings below, which
        // apply to the subcommands present.
        String first = args.length == 0 ? "" : args[0];
        if (first.equals("run") || first.equals("extract") || first.equals("diff")) {
            cl.addSubcommand(first.equals("run") ? new RunCommand() : first.equals("extract") ? new ExtractCommand()
                    : new DiffCommand());
        } else {
            cl.addSubcommand(new RunCommand());
            cl.addSubcommand(new ExtractCommand());
            cl.addSubcommand(new DiffCommand());
        }
        cl.registerConverter(java.time.LocalDate.class, Main::date);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(t -> t instanceof PipelineException
                ? ((PipelineException) t).exitCode().code() : ExitCode.IO.code());
        cl.setParameterExceptionHandler((ex, a) -> {
            String cmd = commandPath(ex.getCommandLine());
            String what = oneLine(ex.getMessage());
            if (ex instanceof CommandLine.UnmatchedArgumentException u && cmd.isEmpty() && !u.getUnmatched().isEmpty()
                    && !u.getUnmatched().get(0).startsWith("-")) {
                String typed = u.getUnmatched().get(0);
                String near = null;
                for (String c : ex.getCommandLine().getSubcommands().keySet()) {
                    if (near == null && distance(typed, c) <= 2) {
                        near = c;
                    }
                }
                what = "unknown command '" + typed + "'" + (near == null ? "; the commands are run, extract and diff"
                        : "; did you mean '" + near + "'");
            }
            err.println("csto-figures: " + what + "; try 'java -jar target/csto-figures.jar "
                    + (cmd.isEmpty() ? "" : cmd + " ") + "--help'");
            err.flush();
            return ExitCode.USAGE.code();
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean debug = main.debug || java.util.Arrays.asList(args).contains("--debug");
            if (ex instanceof PipelineException) {
                err.println("csto-figures: " + oneLine(ex.getMessage()));
                if (debug) {
                    ex.printStackTrace(err);
                }
                err.flush();
                return ((PipelineException) ex).exitCode().code();
            }
            err.println("csto-figures: internal error: " + oneLine(ex.toString())
                    + (debug ? "" : "; please report it (run with --debug for details)"));
            if (debug) {
                ex.printStackTrace(err);
            }
            err.flush();
            return ExitCode.IO.code();
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("csto-figures: out of memory; give Java more memory (java -Xmx2g -jar …) or split the input"
                    + " into smaller files; output/ was left as it was");
            err.flush();
            return ExitCode.IO.code();
        } catch (LinkageError e) {
            err.println("csto-figures: cannot load a library the pipeline needs (" + oneLine(String.valueOf(
                    e.getMessage())) + "); check java.io.tmpdir exists, is writable and not mounted noexec;"
                    + " output/ was left as it was");
            err.flush();
            return ExitCode.IO.code();
        } catch (StackOverflowError e) {
            err.println("csto-figures: internal error: stack overflow on this input; please report it");
            err.flush();
            return ExitCode.IO.code();
        }
    }

    private static java.time.LocalDate date(String s) {
        try {
            return java.time.LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + s + "' is not a date; write it as YYYY-MM-DD");
        }
    }

    /** Messages are one line: terminators inside (a key or file name with a newline) become spaces. */
    static String oneLine(String s) {
        return s == null ? "" : s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    private static String commandPath(CommandLine cl) {
        String q = cl.getCommandSpec().qualifiedName(" ");
        return q.startsWith("csto-figures ") ? q.substring("csto-figures ".length()) : "";
    }

    /** Reads the version from the build. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"csto-figures " + Version.get()};
        }
    }

    /** Edit distance with adjacent transpositions (optimal string alignment): "rnu" is one step from "run". */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
