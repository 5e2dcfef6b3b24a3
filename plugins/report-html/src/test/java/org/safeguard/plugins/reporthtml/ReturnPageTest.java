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

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguard.core.equality.EqualityGroup;
import org.safeguard.core.export.ExportProfile;
import org.safeguard.core.export.ExportSession;
import org.safeguard.core.marac.AccessRow;
import org.safeguard.core.marac.MaracReturn;
import org.safeguard.core.marac.OutOfRange;
import org.safeguard.core.marac.ReturnFigure;
import org.safeguard.core.outcome.Rate;
import org.safeguard.export.Count;
import org.safeguard.export.ExportDate;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Schemas;
import org.w3c.dom.Document;

/** A MARAC return on the page: its figures with their ranges and flags, the access table, and small counts hidden when it leaves the service. */
class ReturnPageTest {
  private static final String FIGURES = "//table[@id='return-1-figures']";
  private static final String ACCESS = "//table[@id='return-1-access']";

  private static Rate rateOf(MaracReturn r, ReturnFigure f) {
    for (org.safeguard.model.Agency a : org.safeguard.model.Agency.values()) {
      if (f.equals(ReturnFigure.referralsBy(a))) {
        return r.referralsBy(a);
      }
    }
    for (org.safeguard.core.marac.MaracRoute route : org.safeguard.core.marac.MaracRoute.values()) {
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

  private static List<String> row(Document page, String table, String header) {
    return Pages.texts(page, table + "//tr[th=\"" + header + "\"]/td");
  }

  @Test
  void theFiguresTableCarriesTheReturnsOwnFiguresAndFlagsThoseOutsideTheirRange() {
    MaracReturn ret = Returns.of(1, 120);
    Document page = Pages.parse(Returns.page(ExportProfile.full(), ret));
    assertEquals(List.of("MARAC return 1"), Pages.texts(page, "//section/h2"));
    assertEquals(ReturnFigure.all().size(), Pages.nodes(page, FIGURES + "/tbody/tr").getLength());
    for (ReturnFigure figure : ReturnFigure.all()) {
      List<String> cells = row(page, FIGURES, ReturnSection.figureLabel(figure.key()));
      assertEquals(6, cells.size(), figure.key());
      String value = ret.value(figure).map(v -> v.toPlainString()).orElse("no cases");
      if (figure.kind() == ReturnFigure.Kind.PERCENT) {
        Rate rate = rateOf(ret, figure);
        assertEquals(List.of(Long.toString(rate.numerator()), Long.toString(rate.denominator())), cells.subList(0, 2), figure.key());
        assertTrue(cells.get(2).startsWith(Long.toString(rate.missing())), figure.key() + ": " + cells.get(2));
        assertEquals(ret.value(figure).isPresent() ? value + "%" : value, cells.get(3), figure.key());
      } else {
        assertEquals(Long.toString(ret.casesHeard()), cells.get(0), figure.key());
        assertTrue(cells.get(3).startsWith(value), figure.key() + ": " + cells.get(3));
      }
    }
    assertEquals(List.of("28 to 40"), Pages.texts(page, FIGURES + "//tr[th='Repeat cases, of those heard']/td[5]"));
    assertEquals(List.of("40 or more"), Pages.texts(page, FIGURES + "//tr[th='Cases heard per 10,000 adult women a year']/td[5]"));
    Set<String> flagged = new HashSet<>(Pages.texts(page, FIGURES + "//tr[td/strong[@class='flag']='Outside expected range']/th"));
    Set<String> outside = new HashSet<>();
    for (OutOfRange o : ret.outsideExpected(Returns.EXPECTED)) {
      outside.add(ReturnSection.figureLabel(o.figure().key()));
    }
    assertFalse(outside.isEmpty(), "the sample has a figure outside its range");
    assertEquals(outside, flagged);
    assertEquals(outside, new HashSet<>(Pages.texts(page, FIGURES + "//tr[@class='outside']/th")));
  }

  @Test
  void theAccessTableSetsEachGroupsShareBesideThePopulations() {
    MaracReturn ret = Returns.of(2, 150);
    Document page = Pages.parse(Returns.page(ExportProfile.full(), ret));
    for (AccessRow r : ret.accessTable(Returns.POPULATION)) {
      List<String> cells = row(page, ACCESS, Labels.of(r.group().name().toLowerCase(Locale.ROOT).replace('_', '-')));
      assertEquals(List.of(Long.toString(r.cases().numerator()), Long.toString(r.cases().denominator()), Long.toString(r.cases().missing())),
          cells.subList(0, 3), r.group().name());
      assertEquals(r.cases().percent(1).map(p -> p.toPlainString() + "%").orElse("no cases"), cells.get(3), r.group().name());
      assertEquals(r.population().map(p -> p.low().compareTo(p.high()) == 0 ? p.low().toPlainString() + "%"
          : p.low().toPlainString() + "% to " + p.high().toPlainString() + "%").orElse("not given"), cells.get(4), r.group().name());
      assertEquals(r.representation().map(x -> Labels.of(x.name().toLowerCase(Locale.ROOT)) + " the population share").orElse(""),
          cells.get(5), r.group().name());
    }
    assertEquals(List.of("4% to 6%"), Pages.texts(page, ACCESS + "//tr[th='Male']/td[5]"));
  }

  /** Under MARAC and research no cell of a count column shows 1 to 4, and a value resting on a count not shown is not shown. */
  @Test
  void whenItLeavesTheServiceNoSmallCountIsShownAndNoValueRestsOnOne() {
    MaracReturn ret = Returns.of(3, 40);
    for (ExportProfile profile : List.of(ExportProfile.marac(), ExportProfile.research(Pages.KEY))) {
      Document page = Pages.parse(Returns.page(profile, ret));
      List<String> counts = Pages.texts(page, FIGURES + "//td[position() <= 3] | " + ACCESS + "//td[position() <= 3]");
      assertTrue(counts.size() > 100);
      for (String c : counts) {
        String count = c.contains(" (") ? c.substring(0, c.indexOf(" (")) : c;
        assertTrue(count.isEmpty() || count.equals("<5") || count.equals(Count.WITHHELD_TEXT) || Long.parseLong(count) == 0
            || Long.parseLong(count) >= 5, profile + ": a count of " + c);
      }
      assertTrue(counts.contains("<5"), profile + ": small counts are shown as <5");
      for (org.w3c.dom.Node tr : iterable(Pages.nodes(page, FIGURES + "/tbody/tr"))) {
        List<String> cells = new java.util.ArrayList<>();
        for (org.w3c.dom.Node td : iterable(tr.getChildNodes())) {
          if (td.getNodeName().equals("td")) {
            cells.add(td.getTextContent());
          }
        }
        boolean hidden = cells.get(0).equals("<5") || cells.get(0).equals("[c]") || cells.get(1).equals("<5") || cells.get(1).equals("[c]");
        if (hidden) {
          assertEquals("not shown", cells.get(3), profile + ": " + tr.getTextContent());
          assertTrue(cells.get(5).isEmpty() || cells.get(5).equals("not shown"), profile + ": " + tr.getTextContent());
        }
      }
      String text = String.join(" ", Pages.texts(page, "//section/p"));
      assertFalse(text.matches(".*\\b[1-4] (cases|referrals|accepted|rejected|transferred|children)\\b.*"), text);
    }
    Document full = Pages.parse(Returns.page(ExportProfile.full(), ret));
    assertTrue(Pages.texts(full, FIGURES + "//td[1]").stream().anyMatch(t -> t.matches("[1-4]")), "the full page has small counts");
  }

  private static List<org.w3c.dom.Node> iterable(org.w3c.dom.NodeList nodes) {
    List<org.w3c.dom.Node> list = new java.util.ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add(nodes.item(i));
    }
    return list;
  }

  @Test
  void reportsAndReturnsShareOnePageWithUniqueIds() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ExportSession session = Pages.ENGINE.export(HtmlReportExporter.ID, ExportProfile.marac(), out)) {
      session.write(Returns.of(4, 60), Returns.EXPECTED, Returns.POPULATION);
      session.write(Pages.report(1, 300));
      session.write(Returns.of(5, 90), Returns.EXPECTED, Returns.POPULATION);
    }
    Document page = Pages.parse(out.toByteArray());
    assertEquals(List.of("MARAC return 1", "Cohort report 1", "MARAC return 2"), Pages.texts(page, "//section/h2"));
    List<String> ids = Pages.texts(page, "//@id");
    assertEquals(ids.size(), new HashSet<>(ids).size(), "ids are unique on the page");
    for (String labelled : Pages.texts(page, "//@aria-labelledby")) {
      for (String id : labelled.split(" ")) {
        assertTrue(ids.contains(id), "aria-labelledby names an id on the page: " + id);
      }
    }
  }

  @Test
  void everyTextOfTheRecordIsEscaped() {
    ExportRecord figure = ExportRecord.builder(Schemas.MARAC_RETURN_FIGURE).set("figure", "<b>x</b> & \"y\"").set("kind", "percent")
        .set("numerator", Count.of(9)).set("denominator", Count.of(20)).set("missing", Count.of(7)).set("missingReason", "<i>why</i>")
        .build();
    ExportRecord ret = ExportRecord.builder(Schemas.MARAC_RETURN).set("from", ExportDate.of(LocalDate.of(2026, 1, 1)))
        .set("maracIds", "<script>alert(1)</script>").set("casesHeard", Count.of(27)).set("figures", figure).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ExportSession session = Pages.ENGINE.export(HtmlReportExporter.ID, ExportProfile.full(), out)) {
      session.write(ret);
    }
    String html = out.toString(StandardCharsets.UTF_8);
    assertFalse(html.contains("<script>") || html.contains("<b>x") || html.contains("<i>"), html);
    Document page = Pages.parse(out.toByteArray());
    assertEquals(List.of("<b>x</b> & \"y\""), Pages.texts(page, FIGURES + "/tbody/tr/th"));
    assertEquals(List.of("9", "20", "7 (<i>why</i>)", "no cases", "", ""), Pages.texts(page, FIGURES + "/tbody/tr/td"));
    assertTrue(Pages.texts(page, "//section/p[1]").get(0).contains("<script>alert(1)</script>"));
  }

  @Test
  void figureKeysReadAsWords() {
    assertEquals("Referrals from police", ReturnSection.figureLabel("referrals-by-agency.POLICE"));
    assertEquals("Referrals by the route repeat", ReturnSection.figureLabel("referrals-by-route.REPEAT"));
    assertEquals("Cases heard: aged 16 or 17", ReturnSection.figureLabel("access.AGED_16_17"));
    assertEquals("something-else", ReturnSection.figureLabel("something-else"));
  }
}
