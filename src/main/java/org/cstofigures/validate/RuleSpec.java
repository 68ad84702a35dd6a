package org.cstofigures.validate;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.cstofigures.config.ValidationConfig.Severity;
import org.cstofigures.config.ValidationConfig;

/**
 * A validation rule's declaration, beside the rule: its id, the type of its entry under pipeline.yaml's
 * {@code validation.rules} and how to read that entry, its default severity (used when the entry gives none),
 * and how to build the rule from its severity and the configuration. To add a rule: a class with its SPEC, a
 * {@link RuleId}, its entry in {@link ValidationConfig.Rules} and pipeline.yaml, and one line in
 * {@link Validator#RULES}.
 */
record RuleSpec<C extends ValidationConfig.RuleConfig>(
        RuleId id,
        Class<C> configType,
        Function<ValidationConfig.Rules, C> config,
        Severity defaultSeverity,
        BiFunction<Severity, ValidationConfig.Rules, Rule> factory) {

    RuleSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(configType, "configType");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(factory, "factory");
    }

    /** The severity pipeline.yaml gives the rule, or its default. */
    Severity severity(ValidationConfig.Rules rules) {
        Severity s = config.apply(rules).severity();
        return s != null ? s : defaultSeverity;
    }

    Rule create(ValidationConfig.Rules rules) {
        Rule r = factory.apply(severity(rules), rules);
        if (r.id() != id) {
            throw new IllegalStateException("rule " + id.code() + " builds a rule with id " + r.id().code());
        }
        return r;
    }
}
