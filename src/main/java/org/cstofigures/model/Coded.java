package org.cstofigures.model;

/**
 * A closed vocabulary whose values are published as short codes (category {@code force_size}, unit {@code kg}).
 * A table column whose accessor returns a Coded value publishes its {@link #code()}.
 */
public interface Coded {

    /** The value as written in every published format. */
    String code();
}
