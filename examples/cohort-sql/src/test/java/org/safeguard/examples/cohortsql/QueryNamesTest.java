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
package org.safeguard.examples.cohortsql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safeguard.core.outcome.ReportParameters;

/** Every count a query returns has a name of its own, whatever the kinds' ids. */
class QueryNamesTest {
  private static final Pattern ALIAS = Pattern.compile("\\bAS ([a-z0-9_]+)");

  private static List<String> repeatedAliases(String sql) {
    Set<String> seen = new HashSet<>();
    List<String> repeated = new ArrayList<>();
    Matcher m = ALIAS.matcher(sql);
    while (m.find()) {
      if (!seen.add(m.group(1))) {
        repeated.add(m.group(1));
      }
    }
    return repeated;
  }

  /** A kind {@code x-children} beside a kind {@code x}: once the same name as x's count among children. */
  @Test
  void kindsWhoseIdsEndInChildrenKeepTheirOwnCounts() {
    String sql = CohortTablesQuery.sql("cases", List.of("x", "x-children", "children"));
    assertEquals(List.of(), repeatedAliases(sql));
  }

  @Test
  void theOutcomeQueryNamesEachCountOnceInBothFormulations() {
    for (CohortQuery.Formulation formulation : CohortQuery.Formulation.values()) {
      String sql = CohortQuery.sql("cases", ReportParameters.defaults(), formulation);
      // the cells' names are summed under the same names in the roll-up: count each query block once
      String rollUp = sql.substring(sql.lastIndexOf("SELECT band, intensive, grouping_id"));
      assertEquals(List.of(), repeatedAliases(rollUp), formulation.name());
    }
  }
}
