package org.cstofigures.model;

import java.util.Objects;

/**
 * What a number is about: the kind of fact, what is counted (in English, and in Korean as the text says it)
 * and the named operation it belongs to (null if none).
 */
public record Classification(Category category, String subject, String subjectKo, String operation) {

    public Classification {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(subject, "subject");
        // a vocabulary of a few hundred words, composed anew for each of a source's (maybe a million) mentions:
        // one copy of each is kept (String.intern) instead of one per mention
        subject = subject.intern();
        subjectKo = subjectKo == null ? null : subjectKo.intern();
        operation = operation == null ? null : operation.intern();
    }

    public Classification withCategory(Category newCategory) {
        return new Classification(newCategory, subject, subjectKo, operation);
    }

    public Classification withSubject(String newSubject, String newSubjectKo) {
        return new Classification(category, newSubject, newSubjectKo, operation);
    }

    public Classification withOperation(String newOperation) {
        return new Classification(category, subject, subjectKo, newOperation);
    }
}
