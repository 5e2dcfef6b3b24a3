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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguard.core.export.ExportProfile;
import org.safeguard.core.outcome.AbuseType;
import org.safeguard.core.outcome.CohortReport;
import org.safeguard.core.outcome.OutcomeMeasure;
import org.safeguard.core.outcome.Rate;
import org.safeguard.model.RiskLevel;
import org.w3c.dom.Document;

/** What the page shows: every number the report has, in its tables and on its bars; small cells hidden under research. */
class ReportPageTest {
  private static String ratio(Rate r) {
    return r.numerator() + " of " + r.denominator() + (r.denominator() == 0 ? "" : " (" + Math.round(100.0 * r.numerator() / r.denominator()) + "%)");
  }

  @Test
  void theTablesCarryTheReportsOwnFigures() {
    CohortReport report = Pages.report(2009, 5_000);
    Document page = Pages.parse(Pages.page(ExportProfile.full(), report));
    assertEquals(List.of("Cohort report 1"), Pages.texts(page, "//section/h2"));
    assertEquals(3, Pages.nodes(page, "//section//figure//svg").getLength(), "three charts");
    for (AbuseType type : AbuseType.values()) {
      String label = Labels.of(type.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      List<String> row = Pages.texts(page, "//table[@id='report-1-cessation-table']//tr[th='" + label + "']/td");
      assertEquals(List.of(ratio(report.prevalenceAtIntake(type)), ratio(report.cessation(type))), row, label);
    }
    for (OutcomeMeasure measure : OutcomeMeasure.values()) {
      List<String> row = Pages.texts(page, "//table[@id='report-1-outcomes-table']//tr[th='" + Labels.of(measure.name().toLowerCase(Locale.ROOT)
          .replace('_', '-')) + "']/td");
      assertEquals(1 + report.bands().size(), row.size(), measure.name());
      assertEquals(ratio(report.overall(measure)), row.get(0), measure.name());
      for (int b = 0; b < report.bands().size(); b++) {
        assertEquals(ratio(report.byBand(measure, b)), row.get(b + 1), measure.name() + " band " + b);
      }
    }
    for (RiskLevel from : RiskLevel.values()) {
      List<String> row = Pages.texts(page, "//table[@id='report-1-movement-table']//tr[th='" + Labels.of(from.name().toLowerCase(Locale.ROOT))
          + " at intake']/td");
      long total = report.riskMovement().atIntake(from);
      assertEquals(List.of(Long.toString(report.riskMovement().count(from, RiskLevel.STANDARD)),
          Long.toString(report.riskMovement().count(from, RiskLevel.MEDIUM)), Long.toString(report.riskMovement().count(from, RiskLevel.HIGH)),
          Long.toString(report.riskMovement().noReview(from)), Long.toString(total)), row, from.name());
    }
    assertEquals(List.of(report.cases() + " cases"), Pages.texts(page, "//section/p[1]").stream().map(p -> p.substring(0, p.indexOf(" cases,"))
        + " cases").toList());
  }

  @Test
  void everyKnownShareIsABarOfItsLength() {
    CohortReport report = Pages.report(11, 3_000);
    Document page = Pages.parse(Pages.page(ExportProfile.full(), report));
    List<String> widths = Pages.texts(page, "//figure[@id='report-1-cessation']//*[local-name()='rect'][@class='bar']/@width");
    assertEquals(AbuseType.values().length, widths.size());
    for (AbuseType type : AbuseType.values()) {
      double expected = 330 * report.cessation(type).value();
      assertEquals(expected, Double.parseDouble(widths.get(type.ordinal())), 0.051, type.name());
    }
    // every measure over every case and in each band: one bar a share
    assertEquals(OutcomeMeasure.values().length * (1 + report.bands().size()),
        Pages.nodes(page, "//figure[@id='report-1-outcomes']//*[local-name()='rect'][@class='bar']").getLength());
  }

  @Test
  void underResearchNoCountBelowTheThresholdIsShownAnywhere() {
    // a few dozen cases leave many cells under 5
    CohortReport small = Pages.report(7, 40);
    String html = new String(Pages.page(ExportProfile.research(Pages.KEY), small), java.nio.charset.StandardCharsets.UTF_8);
    Document page = Pages.parse(html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertTrue(Pages.texts(page, "//td").stream().anyMatch(t -> t.startsWith("<5") || t.contains("of <5")), "small cells are shown as <5");
    int numbers = 0;
    for (String text : Pages.texts(page, "//td | //*[local-name()='text'] | //*[local-name()='title']")) {
      for (String token : text.split("[\\s(),:]+")) {
        if (token.matches("\\d+")) {
          numbers++;
          long n = Long.parseLong(token);
          assertTrue(n == 0 || n >= 5, "a count of " + n + " in '" + text + "'");
        }
      }
    }
    assertTrue(numbers > 20, "the page still shows the counts it may: " + numbers);
    // the same report for the service's own use shows what research hides
    Document full = Pages.parse(Pages.page(ExportProfile.full(), small));
    assertTrue(Pages.texts(full, "//td").stream().anyMatch(t -> t.matches("[1-4]|[1-4] of .*|.* of [1-4]( .*)?")), "the full page has small counts");
    assertTrue(Pages.nodes(page, "//*[local-name()='rect'][@class='bar']").getLength()
        < Pages.nodes(full, "//*[local-name()='rect'][@class='bar']").getLength(), "research draws no bar for a rate with a suppressed count");
  }

  @Test
  void manyReportsShareOnePageWithUniqueIds() {
    Document page = Pages.parse(Pages.page(ExportProfile.marac(), Pages.report(1, 500), Pages.report(2, 800), Pages.report(3, 50)));
    assertEquals(List.of("Cohort report 1", "Cohort report 2", "Cohort report 3"), Pages.texts(page, "//section/h2"));
    List<String> ids = Pages.texts(page, "//@id");
    Set<String> unique = new HashSet<>(ids);
    assertEquals(ids.size(), unique.size(), "ids are unique on the page");
    for (String labelled : Pages.texts(page, "//@aria-labelledby")) {
      for (String id : labelled.split(" ")) {
        assertTrue(unique.contains(id), "aria-labelledby names an id on the page: " + id);
      }
    }
    assertEquals(9, Pages.nodes(page, "//figure//*[local-name()='svg']").getLength());
  }

  @Test
  void anExportWithNoReportIsStillAWholePage() {
    Document page = Pages.parse(Pages.page(ExportProfile.full()));
    assertEquals(List.of("This export holds no cohort report or MARAC return."), Pages.texts(page, "//main/p[2]"));
    assertEquals(0, Pages.nodes(page, "//section").getLength());
  }

  @Test
  void textIsEscapedWhereverItLands() throws Exception {
    StringWriter w = new StringWriter();
    Html.text(w, "a<b & \"c\" 'd' >");
    assertEquals("a&lt;b &amp; &quot;c&quot; &#39;d&#39; &gt;", w.toString());
    StringWriter controls = new StringWriter();
    Html.text(controls, "a\u0000b\u0007c\td\ne\uFFFEf");
    assertEquals("a\uFFFDb\uFFFDc\td\ne\uFFFDf", controls.toString(), "what XML forbids is replaced, tab and line breaks kept");
    assertEquals("County floating support", Labels.of("county-floating-support"));
    assertEquals("Reduction in risk", Labels.of("risk-reduced"));
    assertFalse(Labels.of("x").isEmpty());
  }
}
