package org.cstofigures.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every unit declares what it measures; only counts must be whole numbers. */
class UnitTest {

    @Test
    void countsAreExactlyTheUnitsOfKindCount() {
        Set<Unit> counts = EnumSet.of(Unit.PERSON, Unit.CASE, Unit.ITEM, Unit.STAGE, Unit.COUNTRY, Unit.DOCUMENT,
                Unit.STATEMENT, Unit.GROUP, Unit.SITE, Unit.VEHICLE, Unit.SHIP, Unit.WEAPON, Unit.OTHER);
        for (Unit u : Unit.values()) {
            assertEquals(counts.contains(u), u.isCount(), u.code());
            assertEquals(u.kind() == Unit.Kind.COUNT, u.isCount(), u.code());
        }
    }

    @Test
    void kindsOfTheMeasuredUnits() {
        assertEquals(Unit.Kind.MASS, Unit.KG.kind());
        assertEquals(Unit.Kind.AREA, Unit.HA.kind());
        assertEquals(Unit.Kind.MONEY, Unit.EUR.kind());
        assertEquals(Unit.Kind.DURATION, Unit.MONTH.kind());
        assertEquals(Unit.Kind.PERCENT, Unit.PERCENT.kind());
        assertEquals(Unit.Kind.RATIO, Unit.RATIO.kind());
        assertFalse(Unit.KG.isCount());
        assertTrue(Unit.PERSON.isCount());
    }
}
