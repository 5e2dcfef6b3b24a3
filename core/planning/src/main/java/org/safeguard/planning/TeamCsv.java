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
import java.util.List;

/**
 * Reads a team's posts from CSV, one row a post: {@code role}, {@code salary} (annual, pounds, for
 * one FTE), {@code fte}, and optionally {@code on_costs} ({@code yes} or {@code no}; default yes) and
 * {@code adviser} ({@code yes} for the advisers a per-adviser cost divides by; default no). The
 * same CSV rules as {@link AreaCsv}; every refusal names the row and the column.
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

  private TeamCsv() {}

  /**
   * Reads a posts file (UTF-8).
   *
   * @param file the CSV file
   * @return the posts, in the order of the file's rows
   * @throws UncheckedIOException if the file cannot be read
   * @throws PlanningInputException naming the row and column of the first problem
   */
  public static List<Post> read(Path file) {
    try {
      return read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read team file " + file, e);
    }
  }

  /**
   * Reads posts from CSV text.
   *
   * @param text the whole CSV text, header first
   * @param source names the file in error messages
   * @return the posts, in the order of the rows
   * @throws PlanningInputException naming the row and column of the first problem
   */
  public static List<Post> read(String text, String source) {
    CsvTable table = CsvTable.parse(text, source, "post", COLUMNS, List.of(ROLE, SALARY, FTE));
    List<Post> posts = new ArrayList<>();
    boolean anyAdviser = false;
    for (CsvTable.Row row : table.rows()) {
      String role = table.requiredText(row, ROLE);
      BigDecimal salary = table.decimal(row, SALARY, "26000");
      if (salary == null) {
        throw table.fail(row, SALARY, "(empty)", "every post has a salary");
      }
      BigDecimal fte = table.decimal(row, FTE, "2.5");
      if (fte == null) {
        throw table.fail(row, FTE, "(empty)", "every post has an FTE");
      }
      boolean adviser = table.yesNo(row, ADVISER, false);
      anyAdviser |= adviser;
      posts.add(new Post(role, salary, fte, table.yesNo(row, ON_COSTS, true), adviser));
    }
    if (!anyAdviser) {
      throw new PlanningInputException(source, 0, table.headerLine(), ADVISER, "(no row says yes)",
          "mark the advisers' post with adviser = yes; costs per adviser and team scaling divide by them");
    }
    return List.copyOf(posts);
  }
}
