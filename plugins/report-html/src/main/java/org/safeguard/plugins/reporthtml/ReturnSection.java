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

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.safeguard.export.Count;
import org.safeguard.export.ExportRecord;

/**
 * One MARAC return as a section of the page: its period, MARACs and counts, the figures table with
 * the range the service expects each in and a flag on those outside it, and the access table with
 * the population's shares. Reads only the record: a count suppressed reads {@code <5}, one withheld
 * {@code [c]}, and a value the record leaves out reads "not shown".
 */
final class ReturnSection {
  private ReturnSection() {}

  private static final String NOT_SHOWN = "not shown";

  static void write(Writer w, ExportRecord ret, int n) throws IOException {
    String id = "return-" + n;
    w.write("<section aria-labelledby=\"" + id + "\">\n<h2 id=\"" + id + "\">MARAC return " + n + "</h2>\n<p>");
    Html.text(w, "Period " + ret.date("from").map(Object::toString).orElse("?") + " to " + ret.date("to").map(Object::toString).orElse("?")
        + ". MARACs: " + String.join(", ", ret.texts("maracIds")) + ". Adult women (aged 16 and over) in the area: "
        + ret.integer("adultWomen").stream().mapToObj(Long::toString).findFirst().orElse("not given") + ".");
    w.write("</p>\n<p>");
    Html.text(w, count(ret, "casesHeard") + " cases heard. " + count(ret, "referrals") + " referrals received: " + count(ret, "accepted")
        + " accepted, " + count(ret, "rejected") + " rejected, " + count(ret, "transferred") + " transferred by the period's end. "
        + count(ret, "children") + " children in the households of the cases heard, where known.");
    w.write("</p>\n");
    figures(w, ret, id);
    access(w, ret, id);
    w.write("</section>\n");
  }

  private static Count count(ExportRecord r, String field) {
    return r.count(field).orElse(Count.of(0));
  }

  private static void figures(Writer w, ExportRecord ret, String id) throws IOException {
    Html.tableStart(w, id + "-figures", "Figures of the return, against the range the service expects", "Figure",
        List.of("Counted", "Out of", "Left out", "Value", "Expected range", "Against the range"));
    for (ExportRecord f : ret.records("figures")) {
      boolean outside = f.flag("outsideExpected").orElse(false);
      w.write(outside ? "<tr class=\"outside\"><th scope=\"row\">" : "<tr><th scope=\"row\">");
      Html.text(w, figureLabel(f.text("figure").orElse("")));
      w.write("</th>");
      boolean rate = f.count("denominator").isPresent();
      cell(w, count(f, "numerator").toString());
      cell(w, rate ? count(f, "denominator").toString() : "");
      cell(w, rate ? count(f, "missing") + f.text("missingReason").map(r -> " (" + r + ")").orElse("") : "");
      String value = value(f);
      cell(w, value);
      Optional<BigDecimal> low = f.decimal("expectedLow");
      Optional<BigDecimal> high = f.decimal("expectedHigh");
      cell(w, range(low, high));
      w.write("<td>");
      if (outside) {
        w.write("<strong class=\"flag\">Outside expected range</strong>");
      } else if (f.flag("outsideExpected").isPresent()) {
        w.write("Within");
      } else if ((low.isPresent() || high.isPresent()) && value.equals(NOT_SHOWN)) {
        // whether a value not shown is outside its range would narrow it down
        Html.text(w, NOT_SHOWN);
      }
      w.write("</td></tr>\n");
    }
    w.write("</tbody></table>\n");
  }

  private static void access(Writer w, ExportRecord ret, String id) throws IOException {
    List<ExportRecord> rows = ret.records("access");
    if (rows.isEmpty()) {
      return;
    }
    Html.tableStart(w, id + "-access", "Access: each group's share of the cases heard beside its share of the population", "Group",
        List.of("Cases in the group", "Of those whose answer was given", "Left out", "Share of cases", "Share of the population",
            "Representation"));
    for (ExportRecord a : rows) {
      List<String> values = new ArrayList<>();
      values.add(count(a, "cases").toString());
      values.add(count(a, "of").toString());
      values.add(count(a, "missing").toString());
      values.add(a.decimal("percent").map(p -> p.toPlainString() + "%").orElse(hidden(a, "cases", "of") ? NOT_SHOWN : "no cases"));
      Optional<BigDecimal> low = a.decimal("populationLow");
      Optional<BigDecimal> high = a.decimal("populationHigh");
      values.add(low.isEmpty() ? "not given" : high.isEmpty() || high.get().compareTo(low.get()) == 0 ? low.get().toPlainString() + "%"
          : low.get().toPlainString() + "% to " + high.get().toPlainString() + "%");
      values.add(a.text("representation").map(r -> Labels.of(r) + " the population share")
          .orElse(low.isPresent() && hidden(a, "cases", "of") ? NOT_SHOWN : ""));
      row(w, Labels.of(a.text("group").orElse("")), values);
    }
    w.write("</tbody></table>\n");
  }

  private static boolean hidden(ExportRecord r, String... counts) {
    for (String c : counts) {
      if (count(r, c).suppressed()) {
        return true;
      }
    }
    return false;
  }

  /** A figure's value in words: {@code 21.8%}, {@code 31.2 per 10,000 a year}, {@code 60}; "not shown" beside a count not shown. */
  private static String value(ExportRecord f) {
    Optional<BigDecimal> value = f.decimal("value");
    if (value.isEmpty()) {
      return hidden(f, "numerator") || f.count("denominator").isPresent() && hidden(f, "denominator") ? NOT_SHOWN : "no cases";
    }
    String plain = value.get().toPlainString();
    switch (f.text("kind").orElse("")) {
      case "percent":
        return plain + "%";
      case "per-ten-thousand":
        return plain + " per 10,000 a year";
      default:
        return plain;
    }
  }

  private static String range(Optional<BigDecimal> low, Optional<BigDecimal> high) {
    if (low.isPresent() && high.isPresent()) {
      return low.get().toPlainString() + " to " + high.get().toPlainString();
    }
    if (low.isPresent()) {
      return low.get().toPlainString() + " or more";
    }
    return high.map(h -> "up to " + h.toPlainString()).orElse("");
  }

  /** Words for a figure's key: {@code referrals-by-agency.POLICE} is {@code Referrals from police}; an unknown key is itself. */
  static String figureLabel(String key) {
    int dot = key.indexOf('.');
    String part = dot < 0 ? "" : key.substring(dot + 1).toLowerCase(Locale.ROOT).replace('_', ' ');
    switch (dot < 0 ? key : key.substring(0, dot + 1)) {
      case "cases-heard":
        return "Cases heard";
      case "per-10k-adult-women":
        return "Cases heard per 10,000 adult women a year";
      case "repeat-rate":
        return "Repeat cases, of those heard";
      case "cases-with-children":
        return "Cases with children in the household";
      case "engagement":
        return "Engagement, of referrals accepted";
      case "referrals-by-agency.":
        return "Referrals from " + part;
      case "referrals-by-route.":
        return "Referrals by the route " + part;
      case "access.":
        return "Cases heard: " + Labels.of(part.replace(' ', '-')).toLowerCase(Locale.ROOT);
      default:
        return key;
    }
  }

  private static void cell(Writer w, String text) throws IOException {
    w.write("<td>");
    Html.text(w, text);
    w.write("</td>");
  }

  private static void row(Writer w, String header, List<String> values) throws IOException {
    w.write("<tr><th scope=\"row\">");
    Html.text(w, header);
    w.write("</th>");
    for (String v : values) {
      cell(w, v);
    }
    w.write("</tr>\n");
  }
}
