package org.cstofigures.validate;

import java.util.List;

/** One validation rule: its id and what it finds in the figures. Rules never change the figures. */
sealed interface Rule permits SchemaRule, IntervalRule, PlausibilityRule, ScaleErrorRule, RelationsRule,
        ConflictRule, DatesRule, ProvenanceRule {

    RuleId id();

    List<Finding> check(RuleInput in);
}
