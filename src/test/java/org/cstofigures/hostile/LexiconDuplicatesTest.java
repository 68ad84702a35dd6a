package org.cstofigures.hostile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: a duplicate operation or a Korean form listed under two subjects used to be accepted silently (the
 * first won); now it is a configuration error naming the lexicon file, its line and the form.
 */
class LexiconDuplicatesTest {

    @TempDir
    java.nio.file.Path dir;

    @Test
    void duplicateOperationIsRefusedWithFileAndLine() {
        TestProject p = TestProject.copyInto(dir.resolve("project"));
        p.replaceIn(p.root().resolve("curated/lexicon/operations.yaml"), "operations:\n",
                "operations:\n  - name: Channel\n    aliases: [Kanal2]\n");
        p.run().assertError(2, "curated/lexicon/operations.yaml:", "operation 'Channel'");
    }

    @Test
    void aliasOfTwoOperationsIsRefused() {
        TestProject p = TestProject.copyInto(dir.resolve("project"));
        p.replaceIn(p.root().resolve("curated/lexicon/operations.yaml"), "operations:\n",
                "operations:\n  - name: Canal\n    aliases: [Kanal]\n");
        p.run().assertError(2, "curated/lexicon/operations.yaml:", "'Kanal'");
    }

    @Test
    void koreanFormOfTwoSubjectsIsRefusedWithFileAndLine() {
        TestProject p = TestProject.copyInto(dir.resolve("project"));
        p.replaceIn(p.root().resolve("curated/lexicon/subjects.yaml"), "  - {en: cocaine, ko: [코카인]",
                "  - {en: cocaine, ko: [코카인, 헤로인]");
        p.run().assertError(2, "curated/lexicon/subjects.yaml:", "'헤로인'", "heroin", "cocaine");
    }
}
