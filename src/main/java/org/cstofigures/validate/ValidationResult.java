package org.cstofigures.validate;

import java.util.List;
import org.cstofigures.model.FigureSet;

/**
 * The validate stage's output: the figures with warning flags set and corrections applied (rejected figures
 * and their mentions removed), every finding, and the editor's decisions that were applied.
 */
public record ValidationResult(FigureSet figures, List<Finding> findings, List<Decision> decisions) {

    public ValidationResult {
        findings = List.copyOf(findings);
        decisions = List.copyOf(decisions);
    }

    public boolean failed() {
        return findings.stream().anyMatch(Finding::blocksRun);
    }
}
