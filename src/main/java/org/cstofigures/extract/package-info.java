/**
 * The Korean quantity grammar: finds figures (number + unit or counter, with qualifiers) and dates in Korean
 * text. {@link org.cstofigures.extract.Extractors#standard()} is the entry point; {@link
 * org.cstofigures.extract.Sentences} splits a line into sentences for the figures stage.
 *
 * <p>How it works. {@code KoreanExtractor} makes one pass over each line and tries the rules of {@code Grammar}
 * only at anchors: the first digit of a digit run, and Hangul word starts whose first character can begin a
 * numeral (이, 삼, 천 …), a vague numeral (수, 몇), a native numeral (세, 열두), a day word (이틀) or a relative year
 * (올해). A veto rule (제73차, Cobalt-2018, "1. " list numbers) wins outright; otherwise the longest match wins.
 * Numbers are composed by {@code NumberScanner} from the numeral data: a power multiplies what precedes it and a
 * smaller number after a power is added (3억 5천만, 2백75, 4 만 6000).
 *
 * <p>Data. All words live in TSV files beside the classes (numerals, units, qualifiers, vague, relative,
 * nouns, ordinals, particles, connectors, closers), each documented in its header; tries generated from them
 * replace hand-written alternations, longest word first. Only the calendar markers 년/월/일 and the case endings
 * that stop the counted-noun look-ahead are written in the code, as grammar rather than vocabulary.
 *
 * <p>Deliberate choices. A number is reported only with a unit or counter (precision over recall): bare
 * numbers, years, dates, ordinals and labels never are. 건 is always {@code case} (the figures stage may refine
 * it); 개 takes the unit of the counted noun in the next words when nouns.tsv knows it (17개의 공동 성명 →
 * statement) or of the noun just before the number (공동 성명 17개), else {@code item}; 대 is {@code vehicle}
 * unless a weapon noun precedes it (미사일 발사대 3대 → weapon); 번/회/차례/가지 are {@code other}. A frequency
 * ("적어도 1년에 두 번") is one quantity whose value is the count of times (unit other, rule
 * {@code quantity.frequency}); the period stays in the surface. 여/남짓 give {@code approx_over} with the number as
 * lower bound and value; 거의/육박 give {@code almost} with the number as upper bound. Dotted dates are read as
 * year.month.day or, with a four-digit last part, day.month.year (06.09.2019). A currency code or sign before a
 * bare number is its unit (EUR 20, $5; rule {@code quantity.currency_symbol}); an amount followed by a smaller
 * unit of the same currency is one amount (이달러이십삼센트 = 2.23 USD, 5달러 50센트). 단 한 건도 (not a single
 * one), clock minutes (3시 20분), fractions (3분의 1) and elided-century years ('24년) are not figures. Lengths
 * are in m (km, mm), hours and minutes are their own duration units, weeks are days (3주 동안 = 21 days), an age
 * (17세) is in years.
 */
package org.cstofigures.extract;
