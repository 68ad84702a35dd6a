package org.cstofigures.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cstofigures.config.YamlFiles;
import org.cstofigures.error.PipelineException;

/**
 * Country and place names as Korean texts write them ({@code curated/gazetteer.yaml}), mapped to ISO 3166-1
 * alpha-3 codes. Codes are checked against the JDK's ISO country list and English names come from the JDK's
 * {@link Locale} data, never from the file. Matching: longest name first, only at the start of a word (a name
 * inside 유라시아 or 인도적 is not a country).
 */
public final class Gazetteer {

    public static final String FILE = "gazetteer.yaml";

    /** gazetteer.yaml as written. */
    public record File(@JsonProperty(required = true) List<CountryEntry> countries, List<PlaceEntry> places) {
        public File {
            countries = List.copyOf(countries);
            places = places == null ? List.of() : List.copyOf(places);
        }
    }

    /** A country: its ISO alpha-3 code, its Korean spellings, and endings that make a spelling another word. */
    public record CountryEntry(@JsonProperty(required = true) String iso3, @JsonProperty(required = true) List<String> ko,
            List<String> unlessFollowedBy) {
        public CountryEntry {
            ko = words("ko", ko);
            unlessFollowedBy = unlessFollowedBy == null ? List.of() : words("unless_followed_by", unlessFollowedBy);
        }
    }

    /** A place (city, region): its Korean spellings, English name and country. */
    public record PlaceEntry(@JsonProperty(required = true) List<String> ko, @JsonProperty(required = true) String en,
            @JsonProperty(required = true) String iso3) {
        public PlaceEntry {
            ko = words("ko", ko);
            if (en.isBlank()) {
                throw new IllegalArgumentException("en is empty");
            }
        }
    }

    /** A name found in text: char span, the text as written, and the country code (and place, for a place). */
    public record Hit(int start, int end, String text, String iso3, PlaceEntry place) {
        public boolean isPlace() {
            return place != null;
        }
    }

    private record Form(String ko, String iso3, PlaceEntry place, List<String> unless) {
    }

    private final List<Form> forms;
    private final Map<String, String> english;

    Gazetteer(File file, String shown) {
        Map<String, String> alpha3ToName = isoNames();
        List<Form> fs = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (CountryEntry c : file.countries()) {
            requireCode(alpha3ToName, c.iso3(), shown);
            for (String k : c.ko()) {
                if (!seen.add(k)) {
                    throw PipelineException.config(shown + ": the name '" + k + "' is listed twice");
                }
                fs.add(new Form(k, c.iso3(), null, c.unlessFollowedBy()));
            }
        }
        for (PlaceEntry p : file.places()) {
            requireCode(alpha3ToName, p.iso3(), shown);
            for (String k : p.ko()) {
                if (!seen.add(k)) {
                    throw PipelineException.config(shown + ": the name '" + k + "' is listed twice");
                }
                fs.add(new Form(k, p.iso3(), p, List.of()));
            }
        }
        fs.sort(Comparator.comparingInt((Form f) -> -f.ko().length()).thenComparing(Form::ko));
        this.forms = List.copyOf(fs);
        this.english = alpha3ToName;
    }

    /** Loads {@code dir}/gazetteer.yaml strictly; {@code shown} names the directory in messages. */
    public static Gazetteer load(Path dir, String shown) {
        String name = shown + "/" + FILE;
        return new Gazetteer(new YamlFiles().read(dir.resolve(FILE), name, File.class), name);
    }

    /** Every ISO 3166-1 alpha-3 code the JDK knows, with its English name (via the alpha-2 code). */
    static Map<String, String> isoNames() {
        Map<String, String> names = new HashMap<>();
        for (String a2 : Locale.getISOCountries()) {
            Locale l = new Locale("", a2);
            names.put(l.getISO3Country(), l.getDisplayCountry(Locale.ENGLISH));
        }
        for (String a3 : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)) {
            names.putIfAbsent(a3, a3);
        }
        return Map.copyOf(names);
    }

    private static void requireCode(Map<String, String> names, String iso3, String shown) {
        if (!names.containsKey(iso3)) {
            throw PipelineException.config(shown + ": '" + iso3 + "' is not an ISO 3166-1 alpha-3 code");
        }
    }

    private static List<String> words(String key, List<String> l) {
        if (l == null || l.isEmpty()) {
            throw new IllegalArgumentException(key + " is empty; give at least one name");
        }
        for (String w : l) {
            if (w == null || w.isBlank()) {
                throw new IllegalArgumentException(key + " contains an empty name; remove it");
            }
        }
        return List.copyOf(l);
    }

    /** The English name of a country code (from the JDK). */
    public String english(String iso3) {
        return english.getOrDefault(iso3, iso3);
    }

    /** Country and place names in {@code text}, in order, without overlaps, longest first at each position. */
    public List<Hit> find(String text) {
        List<Hit> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            Hit h = i == 0 || !isHangul(text.charAt(i - 1)) ? at(text, i) : null;
            if (h != null) {
                out.add(h);
                i = h.end();
            } else {
                i++;
            }
        }
        return out;
    }

    private Hit at(String text, int i) {
        for (Form f : forms) {
            if (text.startsWith(f.ko(), i)) {
                int end = i + f.ko().length();
                boolean other = false;
                for (String u : f.unless()) {
                    if (text.startsWith(u, end)) {
                        other = true;
                    }
                }
                if (!other) {
                    return new Hit(i, end, f.ko(), f.iso3(), f.place());
                }
            }
        }
        return null;
    }

    static boolean isHangul(char c) {
        return c >= 0xAC00 && c <= 0xD7A3;
    }
}
