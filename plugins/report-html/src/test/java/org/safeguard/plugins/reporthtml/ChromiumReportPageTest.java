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

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguard.core.export.ExportProfile;

/**
 * The report page in a real browser: Debian's Chromium, headless. The page loads with no console
 * error, every chart is laid out at a real size with its bars, and a screenshot shows the charts in
 * their colours. The pages and screenshots are left in {@code target/report-pages} to look at.
 */
class ChromiumReportPageTest {
  private static final Path OUT = Path.of("target", "report-pages");
  private static HeadlessChromium browser;

  @BeforeAll
  static void startBrowser() throws Exception {
    Files.createDirectories(OUT);
    browser = HeadlessChromium.start(1280, 1600);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  private static final String LAYOUT = "JSON.stringify(Array.from(document.querySelectorAll('section')).map(s => ({"
      + "heading: s.querySelector('h2').textContent,"
      + "charts: Array.from(s.querySelectorAll('figure svg')).map(svg => {const r = svg.getBoundingClientRect();"
      + "  const drawn = Array.from(svg.querySelectorAll('rect.bar')).filter(b => parseFloat(b.getAttribute('width')) > 0);"
      + "  return {width: r.width, height: r.height, x: r.left + window.scrollX, y: r.top + window.scrollY, bars: drawn.length,"
      + "    visibleBars: drawn.filter(b => b.getBoundingClientRect().width > 0).length,"
      + "    title: svg.querySelector('title').textContent};}),"
      + "tables: s.querySelectorAll('figure table').length})))";

  private static JsonNode render(String name, byte[] page) throws Exception {
    Path file = OUT.resolve(name + ".html").toAbsolutePath();
    Files.write(file, page);
    browser.open(file.toUri());
    List<String> errors = browser.consoleErrors();
    assertEquals(List.of(), errors, name + ": the page loads with no console error");
    JsonNode sections = new com.fasterxml.jackson.databind.ObjectMapper().readTree(browser.evaluate(LAYOUT).asText());
    byte[] png = browser.screenshot();
    Files.write(OUT.resolve(name + ".png"), png);
    notBlank(name, png);
    JsonNode first = sections.get(0).get("charts").get(0);
    barsOnScreen(name, browser.screenshot(first.get("x").asDouble(), first.get("y").asDouble(), first.get("width").asDouble(),
        first.get("height").asDouble()));
    return sections;
  }

  /**
   * The first chart as the screen shows it has its bars in their colours: far more pixels of them
   * than its legend's swatches (five of 12 by 12 pixels) could give.
   */
  private static void barsOnScreen(String name, byte[] png) throws Exception {
    BufferedImage chart = ImageIO.read(new ByteArrayInputStream(png));
    Set<Integer> barColours = Set.of(0x555555, 0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7);
    long bars = 0;
    for (int y = 0; y < chart.getHeight(); y++) {
      for (int x = 0; x < chart.getWidth(); x++) {
        bars += barColours.contains(chart.getRGB(x, y) & 0xFFFFFF) ? 1 : 0;
      }
    }
    assertTrue(bars > 5_000, name + ": the first chart's bars are on screen, " + bars + " pixels in their colours");
  }

  /** A screenshot is not blank: much of it is not the background, in several colours. */
  private static void notBlank(String name, byte[] png) throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertTrue(image.getWidth() >= 640 && image.getHeight() >= 600, name + ": a screenshot of the page, " + image.getWidth() + "x" + image.getHeight());
    long inked = 0;
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        inked += rgb == 0xFFFFFF ? 0 : 1;
      }
    }
    long sampled = (long) ((image.getWidth() + 1) / 2) * ((image.getHeight() + 1) / 2);
    assertTrue(inked * 50 > sampled, name + ": more than 2% of the page is drawn, " + inked + " of " + sampled + " pixels sampled");
    assertTrue(colours.size() > 8, name + ": text and charts in several colours, " + colours.size());
  }

  @Test
  void aFullPageRendersEveryChartWithItsBarsAndNoConsoleError() throws Exception {
    JsonNode sections = render("full", Pages.page(ExportProfile.full(), Pages.report(2009, 20_000), Pages.report(2010, 300)));
    assertEquals(2, sections.size());
    for (JsonNode section : sections) {
      assertEquals(3, section.get("charts").size(), section.get("heading").asText() + ": three charts");
      assertEquals(3, section.get("tables").asInt(), "each chart with its table");
      for (JsonNode chart : section.get("charts")) {
        String what = section.get("heading").asText() + ", " + chart.get("title").asText();
        assertTrue(chart.get("width").asDouble() >= 300 && chart.get("height").asDouble() >= 80, what + " is laid out: " + chart);
        assertTrue(chart.get("bars").asInt() > 0, what + " has bars");
        assertEquals(chart.get("bars").asInt(), chart.get("visibleBars").asInt(), what + ": every bar of a share above 0 has a width on screen");
      }
    }
    assertEquals(List.of("Outcomes by number of interventions", "Risk movement from intake (T1) to review (T2)", "Cessation by type of abuse"),
        List.of(sections.get(0).get("charts").get(0).get("title").asText(), sections.get(0).get("charts").get(1).get("title").asText(),
            sections.get(0).get("charts").get(2).get("title").asText()));
  }

  @Test
  void aResearchPageWithSuppressedCellsRendersToo() throws Exception {
    JsonNode sections = render("research", Pages.page(ExportProfile.research(Pages.KEY), Pages.report(7, 60)));
    assertEquals(1, sections.size());
    assertEquals(3, sections.get(0).get("charts").size(), "every chart is there, whatever is suppressed");
    assertTrue(browser.evaluate("Array.from(document.querySelectorAll('td')).some(td => td.innerText.includes('<5'))").asBoolean(),
        "suppressed cells read <5 in the tables on screen");
  }
  /** A MARAC return for a MARAC: its two tables laid out, and the outside-range flag on screen in its colour with its words. */
  @Test
  void aReturnPageShowsItsTablesAndItsFlagsOnScreen() throws Exception {
    Path file = OUT.resolve("marac-return.html").toAbsolutePath();
    Files.write(file, Returns.page(ExportProfile.marac(), Returns.of(3, 60)));
    browser.open(file.toUri());
    assertEquals(List.of(), browser.consoleErrors(), "the page loads with no console error");
    JsonNode flags = new com.fasterxml.jackson.databind.ObjectMapper().readTree(browser.evaluate("JSON.stringify(Array.from("
        + "document.querySelectorAll('.flag')).map(f => {const r = f.getBoundingClientRect();"
        + " return {width: r.width, height: r.height, background: getComputedStyle(f).backgroundColor, text: f.innerText};}))").asText());
    assertTrue(flags.size() > 0, "a figure is outside its range");
    for (JsonNode flag : flags) {
      assertTrue(flag.get("width").asDouble() > 20 && flag.get("height").asDouble() > 5, "the flag is laid out: " + flag);
      assertEquals("rgb(179, 68, 10)", flag.get("background").asText(), "the flag stands out: " + flag);
      assertEquals("Outside expected range", flag.get("text").asText());
    }
    assertEquals(2, browser.evaluate("document.querySelectorAll('section table').length").asInt(), "the figures and the access table");
    assertTrue(browser.evaluate("Array.from(document.querySelectorAll('td')).some(td => td.innerText === '<5')").asBoolean(),
        "suppressed counts read <5 on screen");
    byte[] png = browser.screenshot();
    Files.write(OUT.resolve("marac-return.png"), png);
    notBlank("marac-return", png);
  }
}
