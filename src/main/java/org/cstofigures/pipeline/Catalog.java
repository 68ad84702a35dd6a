package org.cstofigures.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.cstofigures.diff.Changes;
import org.cstofigures.events.EventTables;
import org.cstofigures.events.EventsRun;
import org.cstofigures.model.Source;
import org.cstofigures.publish.Codebook;
import org.cstofigures.publish.PublishedMention;
import org.cstofigures.publish.Table;
import org.cstofigures.publish.TableDefinition;
import org.cstofigures.publish.Tables;
import org.cstofigures.validate.FindingsTable;
import org.cstofigures.validate.ValidationResult;

/**
 * Every published table: its definition and where its records come from. Adding a table is one definition
 * (columns with accessors, see {@link TableDefinition}) and one line in {@link #DATA}; every format, the
 * codebook, datapackage.json and README's data dictionary follow.
 */
final class Catalog {

    private Catalog() {
    }

    /** What the tables are made of: the validated figures, the events and members, and the loaded sources. */
    record Inputs(ValidationResult validation, EventsRun events, List<Source> sources) {
    }

    /** A table definition bound to the records it publishes. */
    record Entry<R>(TableDefinition<R> definition, Function<Inputs, List<? extends R>> records) {

        Table render(Inputs in) {
            return definition.render(records.apply(in));
        }
    }

    /** The data tables, in publication order. */
    static final List<Entry<?>> DATA = List.of(
            new Entry<>(Tables.FIGURES, in -> in.validation().figures().figures()),
            new Entry<>(Tables.MENTIONS, in -> PublishedMention.of(in.validation().figures())),
            new Entry<>(Tables.SOURCES, Inputs::sources),
            new Entry<>(EventTables.EVENTS, in -> in.events().events()),
            new Entry<>(EventTables.MEMBERS, in -> in.events().members()));

    /** The validation findings, published after the data tables. */
    static final Entry<FindingsTable.Row> FINDINGS = new Entry<>(FindingsTable.DEFINITION,
            in -> FindingsTable.rows(in.validation(), in.events().findings()));

    static List<Table> dataTables(Inputs in) {
        return DATA.stream().map(e -> e.render(in)).toList();
    }

    /** Every table definition the release publishes, the codebook last, as README's data dictionary lists them. */
    static List<TableDefinition<?>> definitions() {
        List<TableDefinition<?>> all = new ArrayList<>();
        DATA.forEach(e -> all.add(e.definition()));
        all.add(Changes.DEFINITION);
        all.add(FINDINGS.definition());
        all.add(Codebook.DEFINITION);
        return all;
    }
}
