/*
 * Copyright 2026 the Safeguard maintainers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.safeguard.core.marac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.safeguard.core.equality.EqualityGroup;
import org.safeguard.core.equality.PopulationShare;
import org.safeguard.core.export.ReturnRecords;
import org.safeguard.core.outcome.Rate;
import org.safeguard.export.Count;
import org.safeguard.export.ExportDate;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Field;
import org.safeguard.export.FieldKind;
import org.safeguard.export.Schema;
import org.safeguard.export.Schemas;
import org.safeguard.model.Agency;
import org.safeguard.model.MissingValueException;

/** A MARAC return as its record for FULL: every figure there, each the return's own, and nothing about a person. */
class ReturnRecordsTest {
  static final Map<EqualityGroup, PopulationShare> POPULATION = Map.of(EqualityGroup.MALE, PopulationShare.between("4", "6"),
      EqualityGroup.MINORITY_ETHNIC, PopulationShare.of("14.8"));

  static MaracReturn sample() {
    List<MaracReturnProperties.Case> cases = new ArrayList<>();
    for (int i = 0; i < 35; i++) {
      cases.add(new MaracReturnProperties.Case(i % 31, i % 10, Agency.values()[i % 3], i % 4 == 0, i % 6 - 1, i % 4, i % 4, i % 20));
    }
    List<List<Integer>> meetings = List.of(List.of(0, 1, 2, 3, 4, 5, 6, 7, 33), List.of(8, 9, 10, 11, 12, 13, 14, 15, 16),
        List.of(17, 18, 19, 20, 21, 22, 23, 24, 25, 26), List.of(27, 28, 29, 30, 1, 2, 3));
    return MaracReturnProperties.area("M-AAA", 180_000, cases, meetings).ret();
  }

  static ExpectedRanges ranges() {
    Map<ReturnFigure, ExpectedRange> r = new HashMap<>();
    r.put(ReturnFigure.REPEAT_RATE, ExpectedRange.parse("28..40"));
    r.put(ReturnFigure.PER_TEN_THOUSAND, ExpectedRange.parse("40.."));
    r.put(ReturnFigure.referralsBy(Agency.POLICE), ExpectedRange.parse("..60"));
    return ExpectedRanges.of(r);
  }

  private static Rate rateOf(MaracReturn r, ReturnFigure f) {
    for (Agency a : Agency.values()) {
      if (f.equals(ReturnFigure.referralsBy(a))) {
        return r.referralsBy(a);
      }
    }
    for (MaracRoute route : MaracRoute.values()) {
      if (f.equals(ReturnFigure.referralsBy(route))) {
        return r.referralsBy(route);
      }
    }
    for (EqualityGroup g : EqualityGroup.values()) {
      if (f.equals(ReturnFigure.access(g))) {
        return r.access(g);
      }
    }
    return f.equals(ReturnFigure.REPEAT_RATE) ? r.repeatRate() : f.equals(ReturnFigure.ENGAGEMENT) ? r.engagement() : r.casesWithChildren();
  }

  @Test
  void everyFigureIsThereWithTheReturnsOwnCountsAndValue() {
    MaracReturn ret = sample();
    ExpectedRanges expected = ranges();
    ExportRecord rec = ReturnRecords.of(ret, expected, POPULATION);
    assertEquals(Optional.of(ExportDate.of(ret.from())), rec.date("from"));
    assertEquals(Optional.of(ExportDate.of(ret.to())), rec.date("to"));
    assertEquals(List.of("M-AAA"), rec.texts("maracIds"));
    assertEquals(ret.adultWomen(), rec.integer("adultWomen").getAsLong());
    assertEquals(Optional.of(Count.of(ret.casesHeard())), rec.count("casesHeard"));
    assertEquals(Optional.of(Count.of(ret.referrals())), rec.count("referrals"));
    assertEquals(Optional.of(Count.of(ret.engagement().denominator())), rec.count("accepted"));
    assertEquals(Optional.of(Count.of(ret.rejected())), rec.count("rejected"));
    assertEquals(Optional.of(Count.of(ret.transferred())), rec.count("transferred"));
    assertEquals(Optional.of(Count.of(ret.children())), rec.count("children"));
    List<ExportRecord> figures = rec.records("figures");
    assertEquals(ReturnFigure.all().size(), figures.size());
    List<ReturnFigure> outside = ret.outsideExpected(expected).stream().map(OutOfRange::figure).toList();
    for (int i = 0; i < figures.size(); i++) {
      ReturnFigure figure = ReturnFigure.all().get(i);
      ExportRecord f = figures.get(i);
      assertEquals(Optional.of(figure.key()), f.text("figure"));
      assertEquals(Optional.of(figure.kind().name().toLowerCase(Locale.ROOT).replace('_', '-')), f.text("kind"));
      assertEquals(ret.value(figure), f.decimal("value"), figure.key());
      if (figure.kind() == ReturnFigure.Kind.PERCENT) {
        Rate rate = rateOf(ret, figure);
        assertEquals(Optional.of(Count.of(rate.numerator())), f.count("numerator"), figure.key());
        assertEquals(Optional.of(Count.of(rate.denominator())), f.count("denominator"), figure.key());
        assertEquals(Optional.of(Count.of(rate.missing())), f.count("missing"), figure.key());
        assertEquals(rate.missing() > 0, f.text("missingReason").isPresent(), figure.key());
        f.text("missingReason").ifPresent(why -> assertFalse(why.matches(".*[0-9].*"), why));
      } else {
        assertEquals(Optional.of(Count.of(ret.casesHeard())), f.count("numerator"), figure.key());
        assertEquals(Optional.empty(), f.count("denominator"), figure.key());
      }
      Optional<ExpectedRange> range = expected.rangeOf(figure);
      assertEquals(range.flatMap(ExpectedRange::low), f.decimal("expectedLow"), figure.key());
      assertEquals(range.flatMap(ExpectedRange::high), f.decimal("expectedHigh"), figure.key());
      assertEquals(range.isPresent() && ret.value(figure).isPresent() ? Optional.of(outside.contains(figure)) : Optional.empty(),
          f.flag("outsideExpected"), figure.key());
    }
    assertFalse(outside.isEmpty(), "the sample has a figure outside its range: " + outside);
    List<AccessRow> table = ret.accessTable(POPULATION);
    List<ExportRecord> access = rec.records("access");
    assertEquals(table.size(), access.size());
    for (int i = 0; i < table.size(); i++) {
      AccessRow row = table.get(i);
      ExportRecord a = access.get(i);
      assertEquals(Optional.of(row.group().name().toLowerCase(Locale.ROOT).replace('_', '-')), a.text("group"));
      assertEquals(Optional.of(Count.of(row.cases().numerator())), a.count("cases"));
      assertEquals(Optional.of(Count.of(row.cases().denominator())), a.count("of"));
      assertEquals(Optional.of(Count.of(row.cases().missing())), a.count("missing"));
      assertEquals(row.cases().percent(1), a.decimal("percent"));
      assertEquals(row.population().map(PopulationShare::low), a.decimal("populationLow"));
      assertEquals(row.population().map(PopulationShare::high), a.decimal("populationHigh"));
      assertEquals(row.representation().map(r -> r.name().toLowerCase(Locale.ROOT)), a.text("representation"));
    }
    assertTrue(access.stream().anyMatch(a -> a.text("representation").isPresent()), "the sample has a group with a population share");
  }

  @Test
  void aReturnWithNoRangesAndNoPopulationHasNoneAndMergedMaracsAreListedInOrder() {
    MaracReturn ret = sample().merge(MaracReturn.of("M-0", 1000, MaracReturnProperties.FROM, MaracReturnProperties.TO, List.of(),
        List.of()));
    ExportRecord rec = ReturnRecords.of(ret, ExpectedRanges.none(), Map.of());
    assertEquals(List.of("M-0", "M-AAA"), rec.texts("maracIds"));
    for (ExportRecord f : rec.records("figures")) {
      assertEquals(Optional.empty(), f.decimal("expectedLow"));
      assertEquals(Optional.empty(), f.flag("outsideExpected"));
    }
    for (ExportRecord a : rec.records("access")) {
      assertEquals(Optional.empty(), a.decimal("populationLow"));
      assertEquals(Optional.empty(), a.text("representation"));
    }
  }

  /** A return holds counts only: no field of it, nested or not, is an id, a staff id, free text, an age or a time. */
  @Test
  void theSchemaHoldsNoIdNorAnythingAboutAPerson() {
    List<Schema> toVisit = new ArrayList<>(List.of(Schemas.MARAC_RETURN));
    while (!toVisit.isEmpty()) {
      Schema s = toVisit.remove(0);
      for (Field f : s.fields()) {
        assertFalse(List.of(FieldKind.ID, FieldKind.STAFF_ID, FieldKind.FREE_TEXT, FieldKind.AGE, FieldKind.TIMESTAMP).contains(f.kind()),
            s.name() + "." + f.name());
        f.nested().ifPresent(toVisit::add);
      }
    }
    ExportRecord rec = ReturnRecords.of(sample(), ranges(), POPULATION);
    List<String> texts = new ArrayList<>(rec.texts("maracIds"));
    for (ExportRecord f : rec.records("figures")) {
      f.text("figure").ifPresent(texts::add);
      f.text("missingReason").ifPresent(texts::add);
    }
    for (String t : texts) {
      assertFalse(t.contains("V1") || t.contains("-R") || t.contains("FEMALE"), t);
    }
  }

  @Test
  void missingArgumentsAreRefused() {
    MaracReturn ret = sample();
    assertThrows(MissingValueException.class, () -> ReturnRecords.of(null, ExpectedRanges.none(), Map.of()));
    assertThrows(MissingValueException.class, () -> ReturnRecords.of(ret, null, Map.of()));
    assertThrows(MissingValueException.class, () -> ReturnRecords.of(ret, ExpectedRanges.none(), null));
  }
}
