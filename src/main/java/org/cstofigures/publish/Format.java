package org.cstofigures.publish;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a {@link FormatWriter} publishes, declared once: the format's name (as in pipeline.yaml's formats list),
 * the IANA media type and text encoding of its files (null encoding for binary files), a description, and the
 * layout of its files. datapackage.json, dataset.jsonld and the configuration check read these.
 */
public record Format(String name, String mediaType, String encoding, String description, List<Layout> files) {

    public Format {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(description, "description");
        files = List.copyOf(files);
    }

    /**
     * Where files go, relative to output/, with {@code {table}} standing for a table's name
     * ({@code json/{table}.json}) or {@code **} for any path ({@code site/**.html}), and what such a file holds;
     * {@code {tables}} in the description is replaced by the names of the release's tables. A layout may declare
     * its own media type (a site has pages, images and scripts); null means the format's.
     */
    public record Layout(String pattern, String description, String mediaType) {

        public Layout {
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(description, "description");
        }

        public Layout(String pattern, String description) {
            this(pattern, description, null);
        }

        /** The table a path of this layout is for ("" for a layout without {table}), or null if it does not match. */
        public String table(String path) {
            int glob = pattern.indexOf("**");
            if (glob >= 0) {
                String prefix = pattern.substring(0, glob);
                String suffix = pattern.substring(glob + 2);
                return path.length() > prefix.length() + suffix.length() && path.startsWith(prefix)
                        && path.endsWith(suffix) ? "" : null;
            }
            String[] parts = pattern.split("\\{table\\}", -1);
            if (parts.length == 1) {
                return pattern.equals(path) ? "" : null;
            }
            Matcher m = Pattern.compile(Pattern.quote(parts[0]) + "([a-z0-9_]+)" + Pattern.quote(parts[1]))
                    .matcher(path);
            return m.matches() ? m.group(1) : null;
        }
    }
}
