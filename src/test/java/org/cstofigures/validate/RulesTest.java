package org.cstofigures.validate;

import static org.cstofigures.validate.Fixture.bd;
import static org.cstofigures.validate.Fixture.f;
import static org.cstofigures.validate.Fixture.of;
import static org.cstofigures.validate.Fixture.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cstofigures.config.ValidationConfig.Severity;
import org.cstofigures.model.Category;
import org.cstofigures.model.Figure;
import org.cstofigures.model.FigureSet;
import org.cstofigures.model.Mention;
import org.cstofigures.model.Unit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** For every rule: input that makes it fire, and input that keeps it quiet. */
class RulesTest {

    private static ValidationResult validate(FigureSet set) {
        return new Validator(Fixture.config()).run(set, List.of(Fixture.document()));
    }

    private static Fixture.F peacekeepers() {
        return f(1, "360만 명", Category.FORCE_SIZE, Unit.PERSON, 3_600_000).subject("peacekeeping force");
    }

    @Nested
    class Schema {
        @Test
        void firesOnBlankSubjectKoAndMentionCountMismatch() {
            Fixture.F a = f(2, "2만명", Category.FORCE_SIZE, Unit.PERSON, 20_000).subjectKo(" ");
            FigureSet s = set(a);
            Figure one = s.figures().get(0);
            Figure twice = new Figure(one.figureId(), one.classification(), one.amount(), one.asWrittenValue(),
                    one.period(), one.status(), one.flags(), one.note(), 2, one.provenance(), one.partOf());
            ValidationResult r = validate(new FigureSet(List.of(twice), s.mentions()));
            List<Finding> found = of(r, "schema");
            assertEquals(2, found.size(), "the figure, and its mention whose subject_ko is blank too");
            Finding figure = found.stream().filter(x -> x.message().startsWith("figure")).findFirst().orElseThrow();
            assertTrue(figure.message().contains("subject_ko is empty"), figure.message());
            assertTrue(figure.message().contains("mention_count is 2 but 1"), figure.message());
            Finding mention = found.stream().filter(x -> x.message().startsWith("mention")).findFirst().orElseThrow();
            assertTrue(mention.message().contains("subject_ko is empty"), mention.message());
            assertTrue(r.failed(), "schema is an error: the run must fail");
        }

        @Test
        void firesOnAMentionWithoutFigure() {
            FigureSet s = set(f(2, "2만명", Category.FORCE_SIZE, Unit.PERSON, 20_000));
            Mention orphan = s.mentions().get(0).withFigureId("f-nowhere");
            ValidationResult r = validate(new FigureSet(s.figures(), List.of(s.mentions().get(0), orphan)));
            assertTrue(of(r, "schema").stream().anyMatch(x -> x.message().contains("f-nowhere is not a published")));
        }

        @Test
        void quietOnWellFormedFigures() {
            ValidationResult r = validate(set(f(2, "2만명", Category.FORCE_SIZE, Unit.PERSON, 20_000)));
            assertEquals(List.of(), of(r, "schema"));
            assertFalse(r.failed());
        }
    }

    @Nested
    class Interval {
        @Test
        void firesWhenLowIsAboveValue() {
            Fixture.F a = f(2, "2만명", Category.FORCE_SIZE, Unit.PERSON, 20_000).value(bd(20_000), bd(30_000), null);
            List<Finding> found = of(validate(set(a)), "interval");
            assertEquals(1, found.size());
            assertTrue(found.get(0).message().contains("value_low 30,000 is above value 20,000"), found.get(0).message());
        }

        @Test
        void firesOnAFractionalOrNegativeCount() {
            Fixture.F half = f(2, "2만명", Category.FORCE_SIZE, Unit.PERSON, 0)
                    .value(new BigDecimal("2.5"), new BigDecimal("2.5"), new BigDecimal("2.5"));
            Fixture.F negative = f(3, "3,600명", Category.FORCE_SIZE, Unit.PERSON, -3);
            ValidationResult r = validate(set(half, negative));
            List<Finding> found = of(r, "interval");
            assertEquals(2, found.size());
            assertTrue(found.get(0).message().contains("not a whole count"), found.get(0).message());
            assertTrue(found.get(1).message().contains("negative count"), found.get(1).message());
            assertTrue(r.failed());
        }

        @Test
        void quietOnOrderedBoundsAndFractionalKilograms() {
            Fixture.F a = f(2, "2만명", Category.FORCE_SIZE, Unit.PERSON, 20_000).value(bd(20_000), bd(20_000), null);
            Fixture.F kg = f(5, "12톤", Category.SEIZURE, Unit.KG, 0)
                    .value(new BigDecimal("11.5"), new BigDecimal("11.5"), new BigDecimal("11.5"));
            assertEquals(List.of(), of(validate(set(a, kg)), "interval"));
        }
    }

    @Nested
    class Plausibility {
        @Test
        void firesOnAForceAboveOneMillion() {
            List<Finding> found = of(validate(set(peacekeepers())), "plausibility");
            assertEquals(1, found.size());
            assertEquals(Severity.WARNING, found.get(0).severity());
            assertTrue(found.get(0).message().contains("3,600,000"), found.get(0).message());
        }

        @Test
        void firesOnAnImplausibleSeizure() {
            Fixture.F heroin = f(5, "12톤", Category.SEIZURE, Unit.KG, 12_000_000_000L);
            assertEquals(1, of(validate(set(heroin)), "plausibility").size());
        }

        @Test
        void quietOnAForceOfThousands() {
            Fixture.F a = f(3, "3,600명", Category.FORCE_SIZE, Unit.PERSON, 3_600);
            Fixture.F heroin = f(5, "12톤", Category.SEIZURE, Unit.KG, 12_000);
            assertEquals(List.of(), of(validate(set(a, heroin)), "plausibility"));
        }
    }

    @Nested
    class ScaleError {
        @Test
        void firesOn360ManWithTheIntendedValue() {
            Fixture.F crrf = f(2, "2만명", Category.FORCE_SIZE, Unit.PERSON, 20_000).subject("CRRF");
            Fixture.F trainees = f(8, "1,600명", Category.FORCE_SIZE, Unit.PERSON, 19).subject("trainees");
            Fixture.F instructors = f(3, "3,600명", Category.FORCE_SIZE, Unit.PERSON, 100).subject("instructors");
            ValidationResult r = validate(set(peacekeepers(), crrf, trainees, instructors));
            List<Finding> found = of(r, "scale_error");
            assertEquals(1, found.size());
            Finding x = found.get(0);
            assertEquals(peacekeepers().id, x.figureId());
            assertTrue(x.message().contains("likely intended value 3,600"), x.message());
            assertTrue(x.suggestedFix().contains("set {value: 3600}"), x.suggestedFix());
            assertEquals(List.of("plausibility", "scale_error"), Fixture.byId(r).get(x.figureId()).flags(),
                    "a warning is published in flags");
            assertEquals(List.of("plausibility", "scale_error"), r.figures().mentions().stream()
                    .filter(m -> m.figureId().equals(x.figureId())).findFirst().orElseThrow().flags());
        }

        @Test
        void firesOnARepeatedStatementTenThousandTimesLarger() {
            Fixture.F big = f(8, "1,600만 명", Category.FORCE_SIZE, Unit.PERSON, 16_000_000).subject("wanted persons");
            Fixture.F small = f(8, "1,600명", Category.FORCE_SIZE, Unit.PERSON, 1_600).subject("wanted persons");
            List<Finding> found = of(validate(set(big, small)), "scale_error");
            assertEquals(1, found.size(), found.toString());
            assertEquals(big.id, found.get(0).figureId(), "the one written with 만 is the suspect");
            assertTrue(found.get(0).message().contains("likely intended value 1,600"), found.get(0).message());
        }

        @Test
        void quietWithoutAMagnitudeWordOrInsideTheRange() {
            Fixture.F digits = f(9, "3,600,000명", Category.FORCE_SIZE, Unit.PERSON, 3_600_000);
            Fixture.F crrf = f(2, "2만명", Category.FORCE_SIZE, Unit.PERSON, 20_000);
            ValidationResult r = validate(set(digits, crrf));
            assertEquals(List.of(), of(r, "scale_error"));
            assertEquals(1, of(r, "plausibility").size(), "the implausible value is still reported");
        }
    }

    @Nested
    class Relations {
        @Test
        void firesWhenTheBlockedAreMoreThanTheIdentified() {
            Fixture.F identified = f(4, "1,832건", Category.INFORMATION_RESOURCE, Unit.SITE, 1_748).id("f-whole");
            Fixture.F blocked = f(4, "1,748건", Category.INFORMATION_RESOURCE, Unit.SITE, 1_832).partOf("f-whole");
            List<Finding> found = of(validate(set(identified, blocked)), "relations");
            assertEquals(1, found.size());
            assertEquals(blocked.id, found.get(0).figureId());
            assertTrue(found.get(0).message().contains("larger than its whole"), found.get(0).message());
        }

        @Test
        void firesOnADanglingPartOf() {
            Fixture.F blocked = f(4, "1,748건", Category.INFORMATION_RESOURCE, Unit.SITE, 1_748).partOf("f-gone");
            assertEquals(1, of(validate(set(blocked)), "relations").size());
        }

        @Test
        void quietWhenThePartIsSmaller() {
            Fixture.F identified = f(4, "1,832건", Category.INFORMATION_RESOURCE, Unit.SITE, 1_832).id("f-whole");
            Fixture.F blocked = f(4, "1,748건", Category.INFORMATION_RESOURCE, Unit.SITE, 1_748).partOf("f-whole");
            assertEquals(List.of(), of(validate(set(identified, blocked)), "relations"));
        }
    }

    @Nested
    class Conflict {
        @Test
        void firesOnBothStatementsOfOneFactWithDifferentValues() {
            Fixture.F a = f(6, "1,550건", Category.CRIMINAL_CASE, Unit.CASE, 1_550).subject("criminal cases")
                    .operation("Illegal");
            Fixture.F b = f(6, "1,600건", Category.CRIMINAL_CASE, Unit.CASE, 1_600).subject("criminal cases")
                    .operation("Illegal");
            ValidationResult r = validate(set(a, b));
            List<Finding> found = of(r, "conflict");
            assertEquals(1, found.size(), "one finding per fact");
            assertEquals(a.id, found.get(0).figureId());
            assertEquals(List.of(b.id), found.get(0).groupFigureIds());
            assertTrue(found.get(0).message().startsWith("2 statements of the same fact"), found.get(0).message());
            assertTrue(found.get(0).message().contains("= 1,550") && found.get(0).message().contains("= 1,600"),
                    found.get(0).message());
            assertEquals(List.of("conflict"), Fixture.byId(r).get(a.id).flags());
            assertEquals(List.of("conflict"), Fixture.byId(r).get(b.id).flags());
        }

        @Test
        void quietForAPartAndItsWhole() {
            Fixture.F whole = f(4, "1,832건", Category.INFORMATION_RESOURCE, Unit.SITE, 1_832).id("f-whole")
                    .subject("resources");
            Fixture.F part = f(4, "1,748건", Category.INFORMATION_RESOURCE, Unit.SITE, 1_748).partOf("f-whole")
                    .subject("resources");
            assertEquals(List.of(), of(validate(set(whole, part)), "conflict"));
        }

        @Test
        void quietForDifferentPeriodsOrOperations() {
            Fixture.F a = f(6, "1,550건", Category.CRIMINAL_CASE, Unit.CASE, 1_550).subject("criminal cases")
                    .operation("Illegal").period(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31));
            Fixture.F b = f(6, "1,600건", Category.CRIMINAL_CASE, Unit.CASE, 1_600).subject("criminal cases")
                    .operation("Illegal").period(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31));
            Fixture.F c = f(6, "1,600건", Category.CRIMINAL_CASE, Unit.CASE, 1_600).id("f-proxy")
                    .subject("criminal cases").operation("PROXY").period(LocalDate.of(2018, 1, 1),
                            LocalDate.of(2018, 12, 31));
            assertEquals(List.of(), of(validate(set(a, b, c)), "conflict"));
        }
    }

    @Nested
    class Dates {
        private Fixture.F drill(LocalDate start, LocalDate end) {
            return f(7, "23일", Category.OTHER, Unit.DAY, 6).period(start, end);
        }

        @Test
        void firesOnReversedPeriod() {
            List<Finding> found = of(validate(set(drill(LocalDate.of(2018, 5, 23), LocalDate.of(2018, 5, 18)))),
                    "dates");
            assertEquals(1, found.size());
            assertTrue(found.get(0).message().contains("is after period_end"), found.get(0).message());
        }

        @Test
        void firesAfterPublicationAndBeforeTheTreaty() {
            assertTrue(of(validate(set(drill(LocalDate.of(2015, 1, 1), LocalDate.of(2020, 12, 31)))), "dates")
                    .get(0).message().contains("after the source was published (2019-09-06)"));
            assertTrue(of(validate(set(drill(LocalDate.of(1991, 1, 1), LocalDate.of(1991, 12, 31)))), "dates")
                    .get(0).message().contains("before the organization existed (1992-05-15)"));
        }

        @Test
        void comparesWithThePublicationDateAtTheStatedPrecision() {
            Fixture.F stages = drill(LocalDate.of(2003, 1, 1), LocalDate.of(2019, 12, 31))
                    .precision(org.cstofigures.model.Precision.YEAR);
            assertEquals(List.of(), of(validate(set(stages)), "dates"), "2003-2019 in a text of 2019-09-06");
            Fixture.F strategy = drill(LocalDate.of(2015, 1, 1), LocalDate.of(2020, 12, 31))
                    .precision(org.cstofigures.model.Precision.YEAR);
            assertEquals(1, of(validate(set(strategy)), "dates").size(), "2015-2020 ends after 2019");
            Fixture.F september = drill(LocalDate.of(2019, 9, 1), LocalDate.of(2019, 9, 30))
                    .precision(org.cstofigures.model.Precision.MONTH);
            assertEquals(List.of(), of(validate(set(september)), "dates"), "September 2019 in a text of 2019-09-06");
        }

        @Test
        void quietInsideTheOrganizationsLifetime() {
            assertEquals(List.of(), of(validate(set(drill(LocalDate.of(2018, 5, 18), LocalDate.of(2018, 5, 23)))),
                    "dates"));
        }
    }

    @Nested
    class Provenance {
        @Test
        void firesWhenTheSpanDoesNotHoldTheSurface() {
            ValidationResult r = validate(set(f(2, "2만명", Category.FORCE_SIZE, Unit.PERSON, 20_000).shift(1)));
            List<Finding> found = of(r, "provenance");
            assertEquals(1, found.size());
            assertTrue(found.get(0).message().contains("not the surface"), found.get(0).message());
            assertTrue(r.failed());
        }

        @Test
        void firesWhenTheSourceTextWasAlteredAfterVerification() {
            String altered = Fixture.TEXT.replace("360만", "3.6천");
            ValidationResult r = new Validator(Fixture.config()).run(set(), List.of(Fixture.document(altered)));
            List<Finding> found = of(r, "provenance");
            assertEquals(1, found.size());
            assertTrue(found.get(0).message().contains("not to the manifest's sha256"), found.get(0).message());
            assertTrue(r.failed());
        }

        @Test
        void quietWhenSpansAndChecksumsMatch() {
            ValidationResult r = validate(set(peacekeepers(), f(4, "1,748건", Category.OTHER, Unit.SITE, 1_748)));
            assertEquals(List.of(), of(r, "provenance"));
        }
    }

    @Test
    void aWarningSeverityPublishesInsteadOfFailing() {
        ValidationResult r = new Validator(Fixture.config(Severity.WARNING))
                .run(set(f(2, "2만명", Category.FORCE_SIZE, Unit.PERSON, 20_000).shift(1)), List.of(Fixture.document()));
        assertFalse(r.failed());
        assertEquals(List.of("provenance"), r.figures().figures().get(0).flags());
    }
}
