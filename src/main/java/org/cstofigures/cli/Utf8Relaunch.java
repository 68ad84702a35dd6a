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

/**
 * File names under a C locale. Java 17 takes the encoding of file names and of the command line
 * ({@code sun.jnu.encoding}) from the locale at startup and ignores {@code -Dsun.jnu.encoding}; under
 * {@code LANG=C} it is ASCII, so a Korean argument arrives as {@code ?????} and a Korean path cannot be opened.
 * Then (on Linux) the CLI starts itself again in the C.UTF-8 locale, and the new process takes the arguments as
 * the bytes the user gave, read from {@code /proc/<parent>/cmdline}; the parent waits and exits with its code.
 */
final class Utf8Relaunch {

    /** Set in the relaunched process: where its arguments' bytes are, and how many there are. */
    static final String ARGV_ENV = "CSTO_FIGURES_ARGV";
    static final String ARGC_ENV = "CSTO_FIGURES_ARGC";

    private Utf8Relaunch() {
    }

    /** True when file names are not UTF-8 and this process may start itself in a UTF-8 locale. */
    static boolean needed() {
        String jnu = System.getProperty("sun.jnu.encoding", "");
        return !jnu.equalsIgnoreCase("UTF-8") && !jnu.equalsIgnoreCase("UTF8") && System.getenv(ARGV_ENV) == null
                && Files.isReadable(Path.of("/proc/self/cmdline"));
    }

    /** Starts this program again in the C.UTF-8 locale and returns its exit code, or empty if it cannot. */
    static Optional<Integer> relaunch(int argc) {
        Optional<String> java = ProcessHandle.current().info().command();
        String classPath = System.getProperty("java.class.path");
        if (java.isEmpty() || classPath == null || classPath.isEmpty()) {
            return Optional.empty();
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(java.get());
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.chars().allMatch(c -> c < 0x80)) {
                cmd.add(a);
            }
        }
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(Main.class.getName());
        for (int i = 0; i < argc; i++) {
            cmd.add("-"); // placeholders: the relaunched process reads the real bytes from /proc
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        Map<String, String> env = pb.environment();
        env.put("LC_ALL", "C.UTF-8");
        env.put(ARGV_ENV, "/proc/" + ProcessHandle.current().pid() + "/cmdline");
        env.put(ARGC_ENV, Integer.toString(argc));
        try {
            Process p = pb.start();
            Thread stop = new Thread(p::destroy);
            Runtime.getRuntime().addShutdownHook(stop);
            int code = p.waitFor();
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException ignored) {
                // already shutting down
            }
            return Optional.of(code);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }

    /** In the relaunched process: the parent's last {@code argc} arguments, decoded as UTF-8. */
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
