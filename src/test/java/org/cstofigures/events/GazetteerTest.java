package org.cstofigures.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.cstofigures.error.ExitCode;
import org.cstofigures.error.PipelineException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {

    @Test
    void codesAndEnglishNamesComeFromTheJdk() {
        Gazetteer g = Fixtures.gazetteer();
        List<String> jdk = List.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        for (Gazetteer.Hit h : g.find("벨라루스, 벨로루시, 키르기스, 그루지야, 조지아, 러시아 연방, 민스크")) {
            assertTrue(jdk.contains(h.iso3()), h.toString());
        }
        assertEquals(new Locale("", "BY").getDisplayCountry(Locale.ENGLISH), g.english("BLR"));
        List<Gazetteer.Hit> hits = g.find("러시아 연방과 러시아, 유라시아, 인도적 지원, 인도");
        assertEquals(List.of("러시아 연방", "러시아", "인도"), hits.stream().map(Gazetteer.Hit::text).toList(),
                "longest first; not inside a word; 인도적 is not India");
    }

    @Test
    void anUnknownCodeOrKeyStopsTheRunNamingTheFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("gazetteer.yaml"), "countries:\n  - {iso3: XXQ, ko: [가나다]}\n",
                StandardCharsets.UTF_8);
        PipelineException e = assertThrows(PipelineException.class, () -> Gazetteer.load(dir, "curated"));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains("curated/gazetteer.yaml") && e.getMessage().contains("XXQ"), e.getMessage());

        Files.writeString(dir.resolve("gazetteer.yaml"), "countries:\n  - {iso3: MNG, ko: [몽골]}\n  - {iso: MNG}\n",
                StandardCharsets.UTF_8);
        e = assertThrows(PipelineException.class, () -> Gazetteer.load(dir, "curated"));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().startsWith("curated/gazetteer.yaml:3"), e.getMessage());
    }

    @Test
    void aMisspeltKeyInEventsYamlNamesFileAndLine(@TempDir Path dir) throws IOException {
        String yaml = Files.readString(Path.of("curated/lexicon/events.yaml"), StandardCharsets.UTF_8)
                .replace("    membership: suspend", "    membrship: suspend");
        Files.writeString(dir.resolve("events.yaml"), yaml, StandardCharsets.UTF_8);
        PipelineException e = assertThrows(PipelineException.class, () -> EventLexicon.load(dir, "curated/lexicon"));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().matches("curated/lexicon/events\\.yaml:[0-9]+: unknown key .*membrship.*"),
                e.getMessage());
    }
}
