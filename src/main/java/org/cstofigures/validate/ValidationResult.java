package org.cstofigures.validate;

import java.util.List;
import org.cstofigures.figures.FigureSet;

/** The validate stage's output: the figures with warning flags set and corrections applied, and the findings. */
public record ValidationResult(FigureSet figures, List<Finding> findings) {

    public ValidationResult {
        findings = List.copyOf(findings);
    }

    public boolean failed() {
        return findings.stream().anyMatch(Finding::blocksRun);
    }
}
