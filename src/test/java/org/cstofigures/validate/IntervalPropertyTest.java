package org.cstofigures.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.cstofigures.model.Category;
import org.cstofigures.model.Unit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: for random bounds and values (seeded, reproducible), the interval rule fires exactly when
 * value_low > value, value > value_high, or a person count is fractional or negative.
 */
class IntervalPropertyTest {

    static Stream<Arguments> cases() {
        Random random = new Random(20261128L);
        return IntStream.range(0, 200).mapToObj(i -> {
            BigDecimal value = BigDecimal.valueOf(random.nextInt(2000) - 100);
            if (random.nextInt(5) == 0) {
                value = value.add(new BigDecimal("0.5"));
            }
            BigDecimal low = random.nextBoolean() ? null : BigDecimal.valueOf(random.nextInt(2000));
            BigDecimal high = random.nextBoolean() ? null : BigDecimal.valueOf(random.nextInt(2000));
            return Arguments.of(low, value, high);
        });
    }

    @ParameterizedTest
    @MethodSource("cases")
    void firesExactlyOnDisorderOrBrokenCounts(BigDecimal low, BigDecimal value, BigDecimal high) {
        Fixture.F f = Fixture.f(2, "2만명", Category.FORCE_SIZE, Unit.PERSON, 0).value(value, low, high);
        ValidationResult r = new Validator(Fixture.config()).run(Fixture.set(f), List.of(Fixture.document()));
        boolean disorder = (low != null && low.compareTo(value) > 0) || (high != null && value.compareTo(high) > 0);
        boolean brokenCount = value.signum() < 0 || value.stripTrailingZeros().scale() > 0;
        assertEquals(disorder || brokenCount, !Fixture.of(r, "interval").isEmpty(),
                "low " + low + ", value " + value + ", high " + high);
        assertEquals(disorder || brokenCount, r.failed());
    }
}
