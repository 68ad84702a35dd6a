package org.cstofigures.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cstofigures.model.Qualifier;
import org.cstofigures.model.Unit;

/**
 * Placeholder extractor: digits with optional thousands separators, an optional 천/만 and a counter.
 * Exists so the pipeline runs end to end; the Korean quantity grammar replaces it.
 */
public final class SimpleExtractor implements Extractor {

    private static final Pattern NUMBER = Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s?(천|만)?\\s?(명|건|톤|개국|개|단계)");

    @Override
    public Extraction extract(String text, LocalDate published) {
        List<Quantity> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            BigDecimal v = new BigDecimal(m.group(1).replace(",", ""));
            if ("천".equals(m.group(2))) {
                v = v.multiply(BigDecimal.valueOf(1000));
            } else if ("만".equals(m.group(2))) {
                v = v.multiply(BigDecimal.valueOf(10000));
            }
            Unit unit;
            switch (m.group(3)) {
                case "명": unit = Unit.PERSON; break;
                case "건": unit = Unit.CASE; break;
                case "톤": unit = Unit.KG; v = v.multiply(BigDecimal.valueOf(1000)); break;
                case "개국": unit = Unit.COUNTRY; break;
                case "단계": unit = Unit.STAGE; break;
                default: unit = Unit.ITEM; break;
            }
            int start = text.codePointCount(0, m.start());
            int end = start + text.codePointCount(m.start(), m.end());
            out.add(new Quantity(start, end, m.group(), v.stripTrailingZeros(), v.stripTrailingZeros(),
                    v.stripTrailingZeros(), unit, Qualifier.EXACT, m.group(1), m.group(3), "simple_number_counter"));
        }
        return new Extraction(out, List.of());
    }
}
