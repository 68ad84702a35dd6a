package org.cstofigures.cli;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * HotSpot compiler directives for {@code run} and a long {@code extract}: C2 compiles the project's methods without inlining the
 * project's other methods into them (records of {@code model} and the grammar's {@code Scan} excepted), as the
 * resource {@value #RESOURCE} says in HotSpot's directive format. Left to itself, C2 inlined up to 8,000 bytes of
 * the analysis into each of a dozen hot methods (the analysis of a mention, the quantity rules, the grammar's
 * loop): compilations of a second or more each, on the one C2 thread a 2-core machine gets, while the queue of
 * smaller methods waited and the workers ran their profiled tier-3 code. Over 50 MB that was about a third of
 * the CPU; each method compiled on its own costs a fraction and reaches C2 in time. A second directive keeps C2
 * off the libraries that only run at start-up (the JDK's class writer behind lambdas, SnakeYAML, picocli): C1's
 * code is enough for them.
 *
 * <p>The launcher's worker for a large input gets them from its start ({@code -XX:CompilerDirectivesFile}, the
 * copy the package step puts beside the jar, see {@link Launcher#directives}); a JVM started otherwise adds
 * them through the platform's {@code DiagnosticCommand} MBean (as {@code jcmd PID Compiler.directives_add}
 * would), once per process. They change how fast the code runs, never what it computes. On a JVM without that
 * command (not HotSpot, no {@code java.management}) nothing is added and the run is only slower.
 */
final class CompilerDirectives {

    /** The directives, a resource beside this class. */
    static final String RESOURCE = "compiler-directives.json";

    private CompilerDirectives() {
    }

    /**
     * Adds the directives in a thread of their own, so that the command does not wait for the management classes
     * to load (about 0.2 s): {@code extract} over a long input while the lexicon loads, {@code run} from its start.
     */
    static void installInBackground() {
        if (System.getProperty(Launcher.JIT_PROPERTY) != null) {
            return; // a worker with C1 alone, or started with the directives: nothing to add
        }
        Thread t = new Thread(() -> {
            try {
                install();
            } catch (LinkageError e) {
                // a runtime without java.management: slower, never different, and nothing to tell the user
            }
        }, "compiler-directives");
        t.setDaemon(true);
        t.start();
    }

    /** Adds the directives if not yet done in this process (in the calling thread); true if the JVM took them. */
    static boolean install() {
        return Installed.TAKEN;
    }

    /** Adds them at the first use of this class, at most once per process. */
    private static final class Installed {
        static final boolean TAKEN = add();
    }

    /** The command takes a file name, so the resource is copied to a temporary file for the call. */
    private static boolean add() {
        Path file = null;
        try (InputStream in = CompilerDirectives.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return false;
            }
            file = Files.createTempFile("csto-figures-", ".json");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            Object answer = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                    new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
            return String.valueOf(answer).contains("added");
        } catch (IOException | JMException | RuntimeException | LinkageError e) {
            return false; // not HotSpot, no management or no temporary directory: slower, never different
        } finally {
            delete(file);
        }
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
