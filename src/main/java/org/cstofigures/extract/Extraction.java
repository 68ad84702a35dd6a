package org.cstofigures.extract;

import java.util.List;

/** Everything the grammar found in one piece of text, each list in order of start offset. */
public record Extraction(List<Quantity> quantities, List<TimeExpression> times) {

    public Extraction {
        quantities = List.copyOf(quantities);
        times = List.copyOf(times);
    }
}
