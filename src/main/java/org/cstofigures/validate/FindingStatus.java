package org.cstofigures.validate;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a finding stands: nobody has dealt with it, an editor reviewed and accepted it, or a correction resolved it. */
public enum FindingStatus implements org.cstofigures.model.Coded {
    OPEN, ACKNOWLEDGED, CORRECTED;

    @Override
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
