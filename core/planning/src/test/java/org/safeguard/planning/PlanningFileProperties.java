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
package org.safeguard.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.safeguard.csv.CsvInputException;

/**
 * The areas and team readers under generated files: cells of every kind in every column (counts at
 * and beyond the ceiling, decimals with exponents, grouping separators and many places, shares as
 * percentages, unicode and huge text), any line endings. Each file is read into areas or posts that
 * hold what it says, or refused with a {@link CsvInputException} naming the file, row, line and
 * column and the rule, never the cell; the read areas then plan or are refused by field and rule.
 */
class PlanningFileProperties {
  /** Every generated text cell starts with this, so a message carrying a cell shows. */
  private static final String MARK = "QXZ";

  @Provide
  Arbitrary<String> cells() {
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.longs().between(0, 2_000_000).map(n -> Long.toString(n))),
        Tuple.of(3, Arbitraries.of("0", "10000000000", "10000000001", "9223372036854775807", "9223372036854775808", "-4", "4.5",
            "\"2,500\"", "\"1,116,062\"", "85%", "100%", "101%", "0.9", "1e-99999", "1E+5", ".5", "5.", "0.12345678901",
            "1234567890123456", "yes", "no", "maybe", "", " ")),
        Tuple.of(2, Arbitraries.strings().all().ofMaxLength(20).map(s -> '"' + (MARK + s).replace("\"", "\"\"") + '"')),
        Tuple.of(1, Arbitraries.integers().between(200, 40_000).map(n -> MARK + "x".repeat(n))));
  }

  /** Mostly a cell that makes sense for its column, sometimes any cell at all. */
  private Arbitrary<String> cell(String column) {
    Arbitrary<String> plausible;
    switch (column) {
      case "area":
      case "role":
      case "region":
        plausible = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10).map(s -> MARK + s);
        break;
      case "idva_fte":
      case "fte":
      case "high_risk_caseload":
      case "medium_risk_caseload":
        plausible = Arbitraries.bigDecimals().between(java.math.BigDecimal.ONE, java.math.BigDecimal.valueOf(100)).ofScale(1)
            .map(java.math.BigDecimal::toPlainString);
        break;
      case "salary":
        plausible = Arbitraries.integers().between(0, 100_000).map(n -> Integer.toString(n));
        break;
      case "high_risk_share":
        plausible = Arbitraries.of("0.85", "85%", "1", "0", "100%", "0.5");
        break;
      case "on_costs":
      case "adviser":
        plausible = Arbitraries.of("yes", "yes", "no", "Y", "true", "");
        break;
      default:
        plausible = Arbitraries.longs().between(0, 2_000_000).map(n -> Long.toString(n));
    }
    return Arbitraries.frequencyOf(Tuple.of(9, plausible), Tuple.of(1, cells()));
  }

  private Arbitrary<String> file(List<String> header) {
    List<Arbitrary<String>> columns = new ArrayList<>();
    for (String column : header) {
      columns.add(cell(column));
    }
    Arbitrary<List<String>> row = Combinators.combine(columns).as(cells -> cells);
    return Combinators.combine(row.list().ofMinSize(1).ofMaxSize(5), Arbitraries.of("\n", "\r", "\r\n"))
        .as((rows, newline) -> {
          StringBuilder text = new StringBuilder(String.join(",", header)).append(newline);
          for (int r = 0; r < rows.size(); r++) {
            // each area is named apart: two areas of one name are refused, as AreaCsvTest shows
            List<String> cells = new ArrayList<>(rows.get(r));
            cells.set(0, cells.get(0) + r);
            text.append(String.join(",", cells)).append(newline);
          }
          return text.toString();
        });
  }

  @Provide
  Arbitrary<String> areaFiles() {
    return Arbitraries.of(AreaCsv.COLUMNS, AreaCsv.REQUIRED, List.of("area", "adult_women", "marac_cases", "idva_fte",
        "high_risk_share", "population", "refuge_beds")).flatMap(this::file);
  }

  @Provide
  Arbitrary<String> teamFiles() {
    return Arbitraries.of(TeamCsv.COLUMNS, List.of("role", "salary", "fte", "adviser")).flatMap(this::file);
  }

  @Property
  void anyAreasFileIsReadAndPlannedOrRefusedByPlaceNeverByCell(@ForAll("areaFiles") String text) {
    List<PlanningArea> areas;
    try {
      areas = AreaCsv.read(text, "areas.csv");
    } catch (CsvInputException e) {
      refusedByPlace(e);
      return;
    }
    assertFalse(areas.isEmpty());
    for (PlanningArea area : areas) {
      assertFalse(area.name().isBlank());
      assertTrue(area.maracCases() >= 0 && area.maracCases() <= PlanningArea.MAX_COUNT);
      assertTrue(area.adultWomen() >= 0 && area.adultWomen() <= PlanningArea.MAX_COUNT);
      area.idvaFte().ifPresent(fte -> assertTrue(fte.signum() >= 0 && fte.scale() <= 10));
      area.highRiskShare().ifPresent(share -> assertTrue(share.signum() >= 0 && share.compareTo(java.math.BigDecimal.ONE) <= 0));
    }
    try {
      CapacityPlan plan = CapacityPlanner.defaults().plan(areas);
      long cases = 0;
      for (PlanningArea area : areas) {
        cases += area.maracCases();
      }
      assertEquals(cases, plan.overall().maracCases(), "within the ceiling a sum is exact");
    } catch (PlanningInputException e) {
      assertFalse(e.field().isBlank());
      assertFalse(e.rule().isBlank());
    }
  }

  @Property
  void anyTeamFileIsReadAndCostedOrRefusedByPlaceNeverByCell(@ForAll("teamFiles") String text) {
    List<Post> posts;
    try {
      posts = TeamCsv.read(text, "team.csv");
    } catch (CsvInputException e) {
      refusedByPlace(e);
      return;
    }
    assertTrue(posts.stream().anyMatch(Post::adviser), "a team that is read has advisers");
    TeamCost cost = TeamCostModel.builder().posts(posts).build().cost();
    assertTrue(cost.total().signum() >= 0);
  }

  private static void refusedByPlace(CsvInputException e) {
    assertTrue(e.getMessage().startsWith("areas.csv") || e.getMessage().startsWith("team.csv"), e.getMessage());
    assertFalse(e.getMessage().contains(MARK), () -> "a cell in the message: " + e.getMessage());
    assertFalse(e.value().contains(MARK), () -> "a cell in the value: " + e.value());
    assertFalse(e.field().isBlank());
    assertFalse(e.rule().isBlank());
    assertTrue(e.getMessage().length() < 600, () -> "a message of " + e.getMessage().length() + " characters");
  }
}
