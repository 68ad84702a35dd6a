package org.cstofigures.cli;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import org.junit.jupiter.api.Test;

class CompilerDirectivesTest {

    @Test
    void theDirectivesAreShipped() throws Exception {
        try (InputStream in = CompilerDirectives.class.getResourceAsStream(CompilerDirectives.RESOURCE)) {
            assertNotNull(in, CompilerDirectives.RESOURCE + " is missing beside CompilerDirectives");
        }
    }

    /** A directive HotSpot cannot parse is refused as a whole: the run would be a third slower, and nothing said. */
    @Test
    void hotSpotTakesTheDirectives() {
        String vm = System.getProperty("java.vm.name", "");
        assumeTrue(vm.contains("HotSpot") || vm.contains("OpenJDK"), "not HotSpot: " + vm);
        assertTrue(CompilerDirectives.install(), "HotSpot refused " + CompilerDirectives.RESOURCE
                + " (see jcmd PID Compiler.directives_add for its message)");
    }
}
