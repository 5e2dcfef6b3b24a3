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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads planning areas from CSV, one row an area, so that a commissioner can keep their areas in a
 * spreadsheet. Comma-separated, UTF-8, RFC 4180 quoting, {@code #} comment lines. The columns, by
 * header name in any order (names are matched without regard to case):
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
 * <p>An optional column may be absent, or empty on a row, for "not known". Counts are whole and
 * never negative; a count may be written with thousands separators inside quotes
 * ({@code "1,116,062"}). Every refusal is a {@link PlanningInputException} naming the file, the row,
 * the line and the column.
 */
public final class AreaCsv {
  /** Every column, in the order a written file uses. */
  public static final List<String> COLUMNS = List.of(PlanningArea.AREA, PlanningArea.REGION, PlanningArea.POPULATION,
      PlanningArea.ADULT_WOMEN, PlanningArea.MARAC_CASES, PlanningArea.IDVA_FTE, PlanningArea.HIGH_RISK_SHARE,
      PlanningArea.REFUGE_BEDS, PlanningArea.VISIBLE_HIGH_RISK, PlanningArea.VISIBLE_MEDIUM_RISK,
      PlanningArea.HIGH_RISK_CASELOAD, PlanningArea.MEDIUM_RISK_CASELOAD);

  /** The columns every file has. */
  public static final List<String> REQUIRED = List.of(PlanningArea.AREA, PlanningArea.ADULT_WOMEN, PlanningArea.MARAC_CASES);

  private AreaCsv() {}

  /**
   * Reads an areas file (UTF-8); errors name the file as given.
   *
   * @param file the CSV file
   * @return the areas, in the order of the file's rows
   * @throws UncheckedIOException if the file cannot be read
   * @throws PlanningInputException naming the row and column of the first problem
   */
  public static List<PlanningArea> read(Path file) {
    try {
      return read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read areas file " + file, e);
    }
  }

  /**
   * Reads areas from CSV text.
   *
   * @param text the whole CSV text, header first
   * @param source names the file in error messages
   * @return the areas, in the order of the rows
   * @throws PlanningInputException naming the row and column of the first problem
   */
  public static List<PlanningArea> read(String text, String source) {
    CsvTable table = CsvTable.parse(text, source, "area", COLUMNS, REQUIRED);
    List<PlanningArea> areas = new ArrayList<>(table.rows().size());
    Map<String, Integer> seen = new HashMap<>();
    for (CsvTable.Row row : table.rows()) {
      PlanningArea area = area(table, row);
      Integer first = seen.putIfAbsent(area.name().toLowerCase(java.util.Locale.ROOT), row.row());
      if (first != null) {
        throw table.fail(row, PlanningArea.AREA, area.name(), "each area appears once; it is also on row " + first);
      }
      areas.add(area);
    }
    return List.copyOf(areas);
  }

  private static PlanningArea area(CsvTable table, CsvTable.Row row) {
    String name = table.requiredText(row, PlanningArea.AREA);
    Long women = table.count(row, PlanningArea.ADULT_WOMEN, true);
    Long cases = table.count(row, PlanningArea.MARAC_CASES, true);
    PlanningArea.Builder b = PlanningArea.builder(name, women == null ? 0 : women, cases == null ? 0 : cases);
    String region = table.text(row, PlanningArea.REGION);
    if (!region.isEmpty()) {
      b.region(region);
    }
    Long population = table.count(row, PlanningArea.POPULATION, false);
    if (population != null) {
      b.population(population);
    }
    BigDecimal fte = table.decimal(row, PlanningArea.IDVA_FTE, "4.5");
    if (fte != null) {
      b.idvaFte(fte);
    }
    BigDecimal share = table.share(row, PlanningArea.HIGH_RISK_SHARE);
    if (share != null) {
      b.highRiskShare(share);
    }
    Long beds = table.count(row, PlanningArea.REFUGE_BEDS, false);
    if (beds != null) {
      b.refugeBeds(beds);
    }
    Long high = table.count(row, PlanningArea.VISIBLE_HIGH_RISK, false);
    if (high != null) {
      b.visibleHighRisk(high);
    }
    Long medium = table.count(row, PlanningArea.VISIBLE_MEDIUM_RISK, false);
    if (medium != null) {
      b.visibleMediumRisk(medium);
    }
    BigDecimal highCaseload = table.decimal(row, PlanningArea.HIGH_RISK_CASELOAD, "65");
    if (highCaseload != null) {
      b.highRiskCaseload(highCaseload);
    }
    BigDecimal mediumCaseload = table.decimal(row, PlanningArea.MEDIUM_RISK_CASELOAD, "85");
    if (mediumCaseload != null) {
      b.mediumRiskCaseload(mediumCaseload);
    }
    try {
      return b.build();
    } catch (PlanningInputException e) {
      // the record's own checks (a zero caseload, a share above one) name the column; add the row
      throw table.fail(row, e.field(), e.value(), e.rule());
    }
  }
}
