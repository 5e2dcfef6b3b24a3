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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.safeguard.csv.CsvColumns;
import org.safeguard.csv.CsvInputException;
import org.safeguard.csv.CsvRow;
import org.safeguard.csv.CsvTable;

/**
 * Reads planning areas from CSV, one row an area, so that a commissioner can keep their areas in a
 * spreadsheet. The file is read by {@link CsvTable} (safeguard-csv): comma-separated, strict UTF-8,
 * RFC 4180 quoting, CR, LF or CR LF line endings, {@code #} comment lines, and its size limits. The
 * columns, by header name in any order (names are matched without regard to case):
 *
 * <table>
 *   <caption>Columns</caption>
 *   <tr><th>column</th><th>holds</th></tr>
 *   <tr><td>{@code area}</td><td>required; the area's name, unique in the file</td></tr>
 *   <tr><td>{@code adult_women}</td><td>required; female population aged 16+</td></tr>
 *   <tr><td>{@code marac_cases}</td><td>required; MARAC cases in 12 months</td></tr>
 *   <tr><td>{@code region}</td><td>the region the area is totalled into</td></tr>
 *   <tr><td>{@code population}</td><td>total population, for the refuge-bed benchmark</td></tr>
 *   <tr><td>{@code idva_fte}</td><td>FTE advisers in post, for example {@code 4.5}</td></tr>
 *   <tr><td>{@code high_risk_share}</td><td>share of their time with high-risk victims: {@code 0.85} or
 *       {@code 85%}; empty means all of it</td></tr>
 *   <tr><td>{@code refuge_beds}</td><td>refuge beds (units) available</td></tr>
 *   <tr><td>{@code visible_high_risk}, {@code visible_medium_risk}</td><td>visible victims, for the
 *       caseload model</td></tr>
 *   <tr><td>{@code high_risk_caseload}, {@code medium_risk_caseload}</td><td>a local caseload per
 *       adviser, above zero</td></tr>
 * </table>
 *
 * <p>An optional column may be absent, or empty on a row, for "not known". Counts are whole, from 0
 * to {@link PlanningArea#MAX_COUNT}; a count may be written with thousands separators inside quotes
 * ({@code "1,116,062"}). Decimals are written with a point and never with a grouping separator
 * ({@code "2,500"} FTE is refused, not read as two and a half thousand). Every refusal is a {@link
 * CsvInputException} naming the file, the row, the line and the column, and the rule; it never
 * carries a cell.
 */
public final class AreaCsv {
  /** Every column, in the order a written file uses. */
  public static final List<String> COLUMNS = List.of(PlanningArea.AREA, PlanningArea.REGION, PlanningArea.POPULATION,
      PlanningArea.ADULT_WOMEN, PlanningArea.MARAC_CASES, PlanningArea.IDVA_FTE, PlanningArea.HIGH_RISK_SHARE,
      PlanningArea.REFUGE_BEDS, PlanningArea.VISIBLE_HIGH_RISK, PlanningArea.VISIBLE_MEDIUM_RISK,
      PlanningArea.HIGH_RISK_CASELOAD, PlanningArea.MEDIUM_RISK_CASELOAD);

  /** The columns every file has. */
  public static final List<String> REQUIRED = List.of(PlanningArea.AREA, PlanningArea.ADULT_WOMEN, PlanningArea.MARAC_CASES);

  private static final CsvColumns FILE = CsvColumns.of("areas", COLUMNS, REQUIRED);

  private AreaCsv() {}

  /**
   * Reads an areas file; errors name the file as given.
   *
   * @param file the CSV file
   * @return the areas, in the order of the file's rows
   * @throws CsvInputException if the file cannot be read or breaks a rule, naming the file and,
   *     where there is one, the row, line and column of the first problem
   */
  public static List<PlanningArea> read(Path file) {
    return areas(CsvTable.read(file, FILE));
  }

  /**
   * Reads areas from CSV text.
   *
   * @param text the whole CSV text, header first
   * @param source names the file in error messages
   * @return the areas, in the order of the rows
   * @throws CsvInputException naming the row, line and column of the first problem
   */
  public static List<PlanningArea> read(String text, String source) {
    return areas(CsvTable.read(text, source, FILE));
  }

  private static List<PlanningArea> areas(CsvTable table) {
    if (table.rows().isEmpty()) {
      throw table.refuseFile("at least one area after the header row");
    }
    List<PlanningArea> areas = new ArrayList<>(table.rows().size());
    Map<String, Integer> seen = new HashMap<>();
    for (CsvRow row : table.rows()) {
      PlanningArea area = area(row);
      Integer first = seen.putIfAbsent(area.name().toLowerCase(Locale.ROOT), row.row());
      if (first != null) {
        throw row.refuse(PlanningArea.AREA, "each area appears once; it is also on row " + first);
      }
      areas.add(area);
    }
    return List.copyOf(areas);
  }

  private static PlanningArea area(CsvRow row) {
    String name = row.label(PlanningArea.AREA, true);
    long women = requiredCount(row, PlanningArea.ADULT_WOMEN);
    long cases = requiredCount(row, PlanningArea.MARAC_CASES);
    PlanningArea.Builder b = PlanningArea.builder(name, women, cases);
    String region = row.label(PlanningArea.REGION, false);
    if (!region.isEmpty()) {
      b.region(region);
    }
    // read in column order, so the first column a row breaks is the one named
    row.count(PlanningArea.POPULATION, PlanningArea.MAX_COUNT).ifPresent(b::population);
    row.decimal(PlanningArea.IDVA_FTE, "4.5").ifPresent(b::idvaFte);
    row.share(PlanningArea.HIGH_RISK_SHARE).ifPresent(b::highRiskShare);
    row.count(PlanningArea.REFUGE_BEDS, PlanningArea.MAX_COUNT).ifPresent(b::refugeBeds);
    row.count(PlanningArea.VISIBLE_HIGH_RISK, PlanningArea.MAX_COUNT).ifPresent(b::visibleHighRisk);
    row.count(PlanningArea.VISIBLE_MEDIUM_RISK, PlanningArea.MAX_COUNT).ifPresent(b::visibleMediumRisk);
    row.decimal(PlanningArea.HIGH_RISK_CASELOAD, "65").ifPresent(b::highRiskCaseload);
    row.decimal(PlanningArea.MEDIUM_RISK_CASELOAD, "85").ifPresent(b::mediumRiskCaseload);
    try {
      return b.build();
    } catch (PlanningInputException e) {
      // the area's own checks (a zero caseload, a share above one) name the column; the row says where
      throw row.refuse(e.field(), e.rule());
    }
  }

  private static long requiredCount(CsvRow row, String column) {
    OptionalLong count = row.count(column, PlanningArea.MAX_COUNT);
    if (count.isEmpty()) {
      throw row.refuse(column, "every row gives this count");
    }
    return count.getAsLong();
  }
}
