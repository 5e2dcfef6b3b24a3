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
package org.safeguard.plugins.reporthtml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.safeguard.core.export.ExportProfile;
import org.safeguard.core.outcome.CohortReport;
import org.w3c.dom.Document;

/** Over generated cohorts of any size and any small-cell threshold: a whole page, and no small count on it under research. */
class ReportPageProperties {
  @Property(tries = 60)
  void noCountBelowTheThresholdIsShownAndThePageIsWhole(@ForAll @IntRange(min = 0, max = 1_000) int seed,
      @ForAll @IntRange(min = 0, max = 400) int cases, @ForAll @IntRange(min = 1, max = 25) int threshold) {
    CohortReport report = Pages.report(seed, cases);
    Document page = Pages.parse(Pages.page(ExportProfile.research(Pages.KEY, threshold), report));
    assertEquals(3, Pages.nodes(page, "//figure//*[local-name()='svg']").getLength());
    // every count on the page: the tables, the charts' labels and tooltips, and the cohort's size (the first paragraph)
    for (String text : Pages.texts(page, "//td | //*[local-name()='text'] | //*[local-name()='title'] | //section/p[1]")) {
      for (String token : text.split("[\\s(),:.]+")) {
        if (token.matches("\\d+")) {
          long n = Long.parseLong(token);
          assertTrue(n == 0 || n >= threshold, "a count of " + n + " under threshold " + threshold + " in '" + text + "'");
        }
      }
    }
  }

  /** Every bar's length is its share of the plot: never negative, never past the end. */
  @Property(tries = 40)
  void everyBarFitsThePlot(@ForAll @IntRange(min = 0, max = 1_000) int seed, @ForAll @IntRange(min = 1, max = 400) int cases) {
    Document page = Pages.parse(Pages.page(ExportProfile.full(), Pages.report(seed, cases)));
    List<String> widths = Pages.texts(page, "//*[local-name()='rect'][@class='bar']/@width");
    assertTrue(!widths.isEmpty());
    for (String w : widths) {
      double width = Double.parseDouble(w);
      assertTrue(width >= 0 && width <= 330.05, w);
    }
  }
}
