package org.cstofigures.publish;

/** A column of one table that refers to the key of another, as a Frictionless foreignKey. */
public record ForeignKey(String field, String resource, String referenceField) {
}
