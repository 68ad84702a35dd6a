package org.cstofigures.validate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cstofigures.config.ValidationConfig.Severity;
import org.cstofigures.config.ValidationConfig;
import org.cstofigures.model.Mention;
import org.cstofigures.source.Document;
import org.cstofigures.source.Line;
import org.cstofigures.source.Sha256;

/**
 * Every value traceable: the text at each mention's code-point span equals its surface and lies on its line,
 * and each source's text still hashes to the sha256 of its manifest entry (belt and braces: the source stage
 * already refuses a mismatch when it reads the file).
 */
final class ProvenanceRule implements Rule {

    /** pipeline.yaml: {@code validation.rules.provenance}; default severity error. */
    static final RuleSpec<ValidationConfig.Basic> SPEC = new RuleSpec<>(RuleId.PROVENANCE,
            ValidationConfig.Basic.class, ValidationConfig.Rules::provenance, Severity.ERROR,
            (severity, rules) -> new ProvenanceRule(severity));

    private final Severity severity;

    ProvenanceRule(Severity severity) {
        this.severity = severity;
    }

    @Override
    public RuleId id() {
        return RuleId.PROVENANCE;
    }

    @Override
    public List<Finding> check(RuleInput in) {
        List<Finding> out = new ArrayList<>();
        for (Document d : in.docs().values().stream()
                .sorted(Comparator.comparing(x -> x.source().id())).toList()) {
            String sha = Sha256.hex(d.text().getBytes(StandardCharsets.UTF_8));
            if (!sha.equals(d.source().sha256())) {
                out.add(new Finding(id(), severity, FindingStatus.OPEN, null, List.of(), null, "source '"
                        + d.source().id() + "' (" + d.source().path() + "): the text validated hashes to " + sha
                        + ", not to the manifest's sha256 " + d.source().sha256(),
                        "restore the file as received, or record the new file and its sha256 in raw/sources.yaml"));
            }
        }
        java.util.Map<String, Text> texts = new java.util.HashMap<>();
        for (Mention m : in.set().mentions()) {
            Document d = in.docs().get(m.sourceId());
            String problem = d == null ? "source '" + m.sourceId() + "' is not loaded"
                    : problem(texts.computeIfAbsent(m.sourceId(), k -> new Text(d)), m);
            if (problem != null) {
                out.add(new Finding(id(), severity, FindingStatus.OPEN, m.figureId(), List.of(m.mentionId()),
                        m.line(), "mention '" + m.surface() + "' (line " + m.line() + "): " + problem,
                        "report this as a bug in the extractor: spans must point at the surface"));
            }
        }
        return out;
    }

    /** A source being checked: its length in code points, computed once, and a slicer of its lines. */
    private record Text(Document doc, int length, Document.Slicer slicer) {
        Text(Document doc) {
            this(doc, doc.text().codePointCount(0, doc.text().length()), doc.slicer());
        }
    }

    private static String problem(Text text, Mention m) {
        Document d = text.doc();
        int length = text.length();
        if (m.charStart() < 0 || m.charEnd() < m.charStart() || m.charEnd() > length) {
            return "span " + m.charStart() + ".." + m.charEnd() + " lies outside the text (" + length + " code points)";
        }
        String at = text.slicer().slice(m.line(), m.charStart(), m.charEnd()); // linear in the source
        if (!at.equals(m.surface())) {
            return "the text at span " + m.charStart() + ".." + m.charEnd() + " is '" + at + "', not the surface";
        }
        if (m.line() < 1 || m.line() > d.lines().size()) {
            return "line " + m.line() + " does not exist (the source has " + d.lines().size() + " lines)";
        }
        Line line = d.lines().get(m.line() - 1);
        int lineEnd = line.start() + text.slicer().length(m.line());
        if (m.charStart() < line.start() || m.charEnd() > lineEnd) {
            return "span " + m.charStart() + ".." + m.charEnd() + " is not on line " + m.line();
        }
        return null;
    }
}
