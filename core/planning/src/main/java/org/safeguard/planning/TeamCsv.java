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

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.safeguard.csv.CsvColumns;
import org.safeguard.csv.CsvInputException;
import org.safeguard.csv.CsvRow;
import org.safeguard.csv.CsvTable;

/**
 * Reads a team's posts from CSV, one row a post: {@code role}, {@code salary} (annual, pounds, for
 * one FTE), {@code fte}, and optionally {@code on_costs} ({@code yes} or {@code no}; default yes) and
 * {@code adviser} ({@code yes} for the advisers a per-adviser cost divides by; default no). The
 * same CSV rules as {@link AreaCsv}; every refusal is a {@link CsvInputException} naming the row,
 * the line and the column, never the cell.
 */
public final class TeamCsv {
  /** Column of the role in words; required. */
  public static final String ROLE = "role";
  /** Column of the annual salary for one FTE, pounds; required. */
  public static final String SALARY = "salary";
  /** Column of the posts' FTE; required. */
  public static final String FTE = "fte";
  /** Column saying whether on-costs apply; optional, default yes. */
  public static final String ON_COSTS = "on_costs";
  /** Column marking the advisers' posts; optional, default no, but one row must say yes. */
  public static final String ADVISER = "adviser";

  /** Every column, in the order a written file uses. */
  public static final List<String> COLUMNS = List.of(ROLE, SALARY, FTE, ON_COSTS, ADVISER);

  private static final CsvColumns FILE = CsvColumns.of("team", COLUMNS, List.of(ROLE, SALARY, FTE));

  private TeamCsv() {}

  /**
   * Reads a posts file.
   *
   * @param file the CSV file
   * @return the posts, in the order of the file's rows
   * @throws CsvInputException if the file cannot be read or breaks a rule, naming the file and,
   *     where there is one, the row, line and column of the first problem
   */
  public static List<Post> read(Path file) {
    return posts(CsvTable.read(file, FILE));
  }

  /**
   * Reads posts from CSV text.
   *
   * @param text the whole CSV text, header first
   * @param source names the file in error messages
   * @return the posts, in the order of the rows
   * @throws CsvInputException naming the row, line and column of the first problem
   */
  public static List<Post> read(String text, String source) {
    return posts(CsvTable.read(text, source, FILE));
  }

  private static List<Post> posts(CsvTable table) {
    if (table.rows().isEmpty()) {
      throw table.refuseFile("at least one post after the header row");
    }
    List<Post> posts = new ArrayList<>(table.rows().size());
    boolean anyAdviser = false;
    for (CsvRow row : table.rows()) {
      String role = row.label(ROLE, true);
      BigDecimal salary = required(row, SALARY, row.decimal(SALARY, "26000"), "every post has a salary");
      BigDecimal fte = required(row, FTE, row.decimal(FTE, "2.5"), "every post has an FTE");
      boolean adviser = row.yesNo(ADVISER, false);
      boolean onCosts = row.yesNo(ON_COSTS, true);
      anyAdviser |= adviser;
      try {
        posts.add(new Post(role, salary, fte, onCosts, adviser));
      } catch (PlanningInputException e) {
        // the post's own checks name "salary (role)" or "fte (role)": the column is the first word
        String field = e.field();
        throw row.refuse(field.startsWith(SALARY) ? SALARY : field.startsWith(FTE) ? FTE : ROLE, e.rule());
      }
    }
    if (!anyAdviser) {
      throw table.refuse(ADVISER, "mark the advisers' post with adviser = yes; costs per adviser and team scaling divide by them");
    }
    return List.copyOf(posts);
  }

  private static BigDecimal required(CsvRow row, String column, Optional<BigDecimal> value, String rule) {
    if (value.isEmpty()) {
      throw row.refuse(column, rule);
    }
    return value.get();
  }
}
