package org.cstofigures.validate;

import static org.cstofigures.publish.ColumnDefinition.col;
import static org.cstofigures.publish.FieldType.INTEGER;
import static org.cstofigures.publish.FieldType.STRING;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.cstofigures.config.ValidationConfig.Severity;
import org.cstofigures.publish.TableDefinition;

/**
 * The definition of the published findings table: what each rule found, where it stands, and the editor's
 * decision that dealt with it (correction, rejection or acknowledgement), with reason and evidence.
 */
public final class FindingsTable {

    private FindingsTable() {
    }

    /** A finding with the decision that dealt with it, if any. */
    public record Row(Finding finding, Decision decision) {
    }

    private static <T> Function<Row, T> f(Function<Finding, T> get) {
        return r -> get.apply(r.finding());
    }

    private static <T> Function<Row, T> d(Function<Decision, T> get) {
        return r -> r.decision() == null ? null : get.apply(r.decision());
    }

    public static final TableDefinition<Row> DEFINITION = TableDefinition.of("findings", "Validation findings",
            "What the validation rules found, what is open, and the editor's decision on the rest.", List.of(),
            List.of(),
            col("rule", STRING, f(Finding::rule)).required().oneOf(RuleId.values())
                    .describe("Id of the validation rule."),
            col("severity", STRING, f(Finding::severity)).required().oneOf(Severity.values())
                    .describe("error stops the run; warning is published in flags."),
            col("status", STRING, f(Finding::status)).required().oneOf(FindingStatus.values())
                    .describe("open; acknowledged by an editor in corrections.yaml; or corrected by an editor's"
                            + " correction."),
            col("figure_id", STRING, f(Finding::figureId)).describe("The figure concerned."),
            col("mention_ids", STRING, f(Finding::mentionIds)).describe("The mentions concerned, separated by ';'."),
            col("line", INTEGER, f(Finding::line)).describe("Line of the source concerned."),
            col("message", STRING, f(Finding::message)).required().describe("What is wrong."),
            col("suggested_fix", STRING, f(Finding::suggestedFix)).describe("What an editor might do."),
            col("decision", STRING, d(Decision::action)).oneOf(Decision.Action.values())
                    .describe("The editor's decision in corrections.yaml that dealt with the finding: corrected,"
                            + " rejected or acknowledged; empty while the finding is open."),
            col("reason", STRING, d(Decision::reason)).describe("The editor's reason for the decision."),
            col("evidence", STRING, d(Decision::evidence))
                    .describe("What the editor's correction or rejection rests on; empty for acknowledgements."));

    /** Every finding of {@code v} with the decision that dealt with it. */
    /** The rows of the figures' findings with their decisions, then {@code others} (e.g. events') without. */
    public static List<Row> rows(ValidationResult v, List<Finding> others) {
        List<Row> rows = rows(v);
        for (Finding f : others) {
            rows.add(new Row(f, null));
        }
        return rows;
    }

    public static List<Row> rows(ValidationResult v) {
        List<Row> rows = new ArrayList<>();
        for (Finding f : v.findings()) {
            Decision decided = null;
            for (Decision d : v.decisions()) {
                if (d.decides(f)) {
                    decided = d;
                    break;
                }
            }
            rows.add(new Row(f, decided));
        }
        return rows;
    }
}
