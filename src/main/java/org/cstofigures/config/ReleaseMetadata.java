package org.cstofigures.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * The release's descriptive metadata from pipeline.yaml; it flows into every format. {@code created} is a
 * fixed date written in the file (the release date), never the wall clock, so that output/ is reproducible.
 * {@code version} is a semantic version for data (docs/releases.md); {@code download_base}, when set, makes the
 * metadata files carry absolute download URLs; {@code previous} names the pinned previous release.
 */
public record ReleaseMetadata(
        @JsonProperty(required = true) String name,
        @JsonProperty(required = true) String title,
        @JsonProperty(required = true) String description,
        @JsonProperty(required = true) String version,
        @JsonProperty(required = true) Licence license,
        @JsonProperty(required = true) Licence codeLicense,
        @JsonProperty(required = true) List<String> keywords,
        @JsonProperty(required = true) LocalDate created,
        @JsonProperty(required = true) List<Contributor> contributors,
        @JsonProperty(required = true) String citation,
        String homepage,
        String downloadBase,
        String contact,
        Previous previous) {

    /** Metadata without a download base, contact or previous release (tests and small projects). */
    public ReleaseMetadata(String name, String title, String description, String version, Licence license,
            Licence codeLicense, List<String> keywords, LocalDate created, List<Contributor> contributors,
            String citation, String homepage) {
        this(name, title, description, version, license, codeLicense, keywords, created, contributors, citation,
                homepage, null, null, null);
    }

    public ReleaseMetadata {
        keywords = List.copyOf(keywords);
        contributors = List.copyOf(contributors);
        plainText("release.name", name);
        plainText("release.title", title);
        plainText("release.description", description);
        plainText("release.version", version);
        plainText("release.citation", citation);
        plainText("release.homepage", homepage);
        for (int i = 0; i < keywords.size(); i++) {
            plainText("release.keywords[" + i + "]", keywords.get(i));
        }
        for (int i = 0; i < contributors.size(); i++) {
            plainText("release.contributors[" + i + "].title", contributors.get(i).title());
            plainText("release.contributors[" + i + "].role", contributors.get(i).role());
        }
        if (!name.matches("[a-z0-9._-]+")) {
            throw new IllegalArgumentException("release.name '" + name
                    + "' must be lower-case letters, digits, '.', '_' or '-' (a Frictionless package name)");
        }
        if (!version.matches("(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)")) {
            throw new IllegalArgumentException("release.version '" + version
                    + "' must be a semantic version MAJOR.MINOR.PATCH (docs/releases.md)");
        }
        if (downloadBase != null && !downloadBase.matches("https?://\\S+/")) {
            throw new IllegalArgumentException("release.download_base '" + downloadBase
                    + "' must be an http(s) URL ending in '/' (the address of the release directory)");
        }
    }

    /** The absolute address of a file of the release (a path relative to output/), or null without a base. */
    public String downloadUrl(String path) {
        return downloadBase == null ? null : downloadBase + path;
    }

    /**
     * The previous release the changes table is computed against: its version and the directory (inside the
     * project) where its tables are pinned, never output/ itself, so that two runs give the same changes.
     */
    public record Previous(
            @JsonProperty(required = true) String version,
            @JsonProperty(required = true) String path) {

        public Previous {
            plainText("release.previous.version", version);
            plainText("release.previous.path", path);
        }
    }

    /**
     * Metadata flows into XML (XLSX document properties), JSON, CSV and Parquet footers: a control character (other
     * than tab and line breaks), an unpaired surrogate or a non-character cannot be held by all of them, so it is a
     * configuration error naming the key. Each value is at most {@value #MAX_CHARS} characters.
     */
    public static void plainText(String key, String value) {
        if (value == null) {
            return;
        }
        if (value.length() > MAX_CHARS) {
            throw new IllegalArgumentException(key + " is " + value.length() + " characters long; keep it under "
                    + MAX_CHARS + " (a spreadsheet cell holds at most 32,767)");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c <= 0x9f;
            boolean badSurrogate = Character.isHighSurrogate(c) ? i + 1 >= value.length()
                    || !Character.isLowSurrogate(value.charAt(i + 1)) : Character.isLowSurrogate(c)
                    && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)));
            boolean nonCharacter = c == 0xfffe || c == 0xffff;
            if (control || badSurrogate || nonCharacter) {
                throw new IllegalArgumentException(key + " contains the character U+" + String.format("%04X", (int) c)
                        + " at position " + (i + 1) + ", which XML and spreadsheets cannot hold; remove it");
            }
        }
    }

    /** The longest metadata value accepted. */
    static final int MAX_CHARS = 10_000;

    /** An SPDX licence: id, human title and where to read it. */
    public record Licence(
            @JsonProperty(required = true) String name,
            @JsonProperty(required = true) String title,
            @JsonProperty(required = true) String path) {

        public Licence {
            plainText("release.license.name", name);
            if (!name.matches("[A-Za-z0-9][A-Za-z0-9.+-]*")) {
                throw new IllegalArgumentException("release.license.name '" + name + "' is not an SPDX licence id"
                        + " (letters, digits, '.', '-' and '+', no spaces), e.g. CC-BY-4.0, ODbL-1.0, Apache-2.0;"
                        + " see https://spdx.org/licenses/");
            }
            plainText("release.license.title", title);
            plainText("release.license.path", path);
        }
    }

    /** A person or team credited in the data package. */
    public record Contributor(
            @JsonProperty(required = true) String title,
            @JsonProperty(required = true) String role) {

        public Contributor {
            plainText("release.contributors.title", title);
            plainText("release.contributors.role", role);
        }
    }
}
