package org.cstofigures.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.cstofigures.publish.Cells;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: text that would reach a cell raw. A control character or 40,000 characters in a correction's reason
 * is a configuration error naming the key (it used to be written raw into CSV and JSON and turned into '?' in
 * XLSX); a fullwidth ＝ at the start of a cell is neutralized like '='.
 */
class CellTextTest {

    @TempDir
    java.nio.file.Path dir;

    /** The reason of the shipped correction of the peacekeeping force, all four lines of it. */
    private static final String REASON = "    reason: >-\n"
            + "      Machine-translation scale error: about 3.6 thousand persons (in Russian most likely \"около 3,6 тыс.\n"
            + "      человек\") was rendered as \"약 360만 명\" (about 3.6 million). 3.6 million would exceed the active armed\n"
            + "      forces of all member states together; the scale_error rule suggests 3,600.";

    private TestProject published() {
        TestProject p = TestProject.copyInto(dir.resolve("project"));
        p.run().assertOk();
        return p;
    }

    @Test
    void controlCharacterInACorrectionReasonIsAConfigurationError() {
        TestProject p = published();
        Map<String, String> before = TestProject.snapshot(p.output());
        p.replaceIn(p.root().resolve("curated/corrections.yaml"), REASON, "    reason: \"extremist\\x07 content\"");
        p.run().assertError(2, "corrections.yaml", "reason", "U+0007");
        assertEquals(before, TestProject.snapshot(p.output()));
    }

    @Test
    void fortyThousandCharacterReasonIsAConfigurationError() {
        TestProject p = published();
        p.replaceIn(p.root().resolve("curated/corrections.yaml"), REASON, "    reason: " + "긴".repeat(40_000));
        p.run().assertError(2, "corrections.yaml", "reason", "40000 characters");
    }

    @Test
    void fullwidthEqualsSignAtTheStartOfACellIsNeutralized() {
        assertEquals("'＝1+1", Cells.neutralized("＝1+1"));
        assertEquals("'＋SUM(A1)", Cells.neutralized("＋SUM(A1)"));
        assertEquals("'＠x", Cells.neutralized("＠x"));
        assertEquals("'=1+1", Cells.neutralized("=1+1"));
        assertEquals("１２", Cells.neutralized("１２"));
    }
}
