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
package org.safeguard.examples.quickstart.planning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.safeguard.planning.AreaPlan;
import org.safeguard.planning.CapacityPlan;
import org.safeguard.planning.Coverage;
import org.safeguard.planning.Estimate;
import org.safeguard.planning.PlanTotals;
import org.safeguard.planning.Rounding;

/**
 * Renders a {@link CapacityPlan} as text: the assumptions, a capacity table and a refuge and cost
 * table (one row an area), totals by region and overall, notes on what each area left out, and,
 * when asked, every area's trace. Figures are printed as the plan holds them; money is shown to the
 * nearest pound with thousands separators.
 */
public final class PlanningReport {
  private static final String NONE = "-";

  private final String source;
  private final CapacityPlan plan;

  public PlanningReport(String source, CapacityPlan plan) {
    this.source = source;
    this.plan = plan;
  }

  /** The report, with or without every area's trace. */
  public String render(boolean withTrace) {
    StringBuilder out = new StringBuilder();
    out.append("Safeguard planning: capacity and cost\n");
    out.append("Areas: ").append(source).append(" (").append(plan.areas().size()).append(" areas)\n");
    out.append("Assumptions:\n");
    for (String line : plan.assumptions()) {
      out.append("  - ").append(line).append('\n');
    }

    out.append("\nCapacity (FTE; coverage = in post ÷ required)\n");
    Table capacity = new Table("Area", "Region", "Women 16+", "MARAC", "Cases used", "Basis", "Required",
        "In post", "High-risk", "Cover all", "Cover HR", "Caseload");
    for (AreaPlan a : plan.areas()) {
      capacity.row(a.area().name(), a.area().region().orElse(NONE), count(a.area().adultWomen()),
          count(a.requirement().maracCases()), number(Rounding.nearest(new BigDecimal("0.1")).apply(a.requirement().casesUsed())),
          a.requirement().basis().name().equals("PREVALENCE") ? "prevalence" : "MARAC",
          fte(a.requirement().required().value()),
          a.workforce().map(w -> fte(w.inPost().value())).orElse(NONE),
          a.workforce().map(w -> fte(w.highRisk().value())).orElse(NONE),
          a.coverage().map(c -> percent(c.allAdvisers())).orElse(NONE),
          a.coverage().map(c -> percent(c.highRiskOnly())).orElse(NONE),
          a.caseloadNeed().map(n -> fte(n.total().value())).orElse(NONE));
    }
    out.append(capacity.render());

    out.append("\nRefuge and cost (team sized to the required IDVAs; £ a year)\n");
    Table cost = new Table("Area", "Beds", "Target", "Refuge %", "Team cost", "Per victim", "Per cessation");
    for (AreaPlan a : plan.areas()) {
      cost.row(a.area().name(),
          a.refuge().map(r -> count(r.beds())).orElse(NONE),
          a.refuge().map(r -> number(r.target().value())).orElse(NONE),
          a.refuge().map(r -> percent(r.coverage())).orElse(NONE),
          a.teamCost().map(t -> money(t.total())).orElse(NONE),
          a.costPerVictim().map(PlanningReport::money).orElse(NONE),
          a.costPerCessation().map(PlanningReport::money).orElse(NONE));
    }
    out.append(cost.render());

    out.append("\nTotals (sums of the rounded area figures; coverage over the areas that give advisers in post)\n");
    Table totals = new Table("Group", "Areas", "Required", "Exact sum", "In post", "High-risk", "Cover all", "Cover HR",
        "Caseload", "Beds", "Target", "Team cost");
    List<PlanTotals> groups = new ArrayList<>(plan.regions());
    groups.add(plan.overall());
    for (PlanTotals t : groups) {
      totals.row(t.name(), Integer.toString(t.areas()), fte(t.required().value()),
          number(Rounding.nearest(new BigDecimal("0.01")).apply(t.requiredExactSum())),
          t.fteInPost().map(PlanningReport::fte).orElse(NONE),
          t.highRiskFte().map(PlanningReport::fte).orElse(NONE),
          t.coverage().map(c -> percent(c.allAdvisers())).orElse(NONE),
          t.coverage().map(c -> percent(c.highRiskOnly())).orElse(NONE),
          t.caseloadAdvisers().map(PlanningReport::fte).orElse(NONE),
          t.refugeBeds().isPresent() ? count(t.refugeBeds().getAsLong()) : NONE,
          t.refugeTarget().map(PlanningReport::number).orElse(NONE),
          t.teamCost().map(PlanningReport::money).orElse(NONE));
    }
    out.append(totals.render());
    for (PlanTotals t : groups) {
      if (t.areasWithWorkforce() > 0 && t.areasWithWorkforce() < t.areas()) {
        out.append("  ").append(t.name()).append(": in post, high-risk and coverage count the ")
            .append(t.areasWithWorkforce()).append(" of ").append(t.areas()).append(" areas that give idva_fte\n");
      }
    }

    boolean anyNotes = plan.areas().stream().anyMatch(a -> !a.notes().isEmpty());
    if (anyNotes) {
      out.append("\nNotes\n");
      for (AreaPlan a : plan.areas()) {
        for (String note : a.notes()) {
          out.append("  ").append(a.area().name()).append(": ").append(note).append('\n');
        }
      }
    }

    if (withTrace) {
      out.append("\nTrace (every step, its inputs and its rounding)\n");
      for (AreaPlan a : plan.areas()) {
        out.append('\n').append(a.area().name()).append('\n');
        out.append(a.trace().render("  "));
      }
      for (PlanTotals t : groups) {
        out.append('\n').append("Totals: ").append(t.name()).append('\n');
        out.append(t.trace().render("  "));
      }
    }
    return out.toString();
  }

  private static String count(long value) {
    return String.format(Locale.UK, "%,d", value);
  }

  /** A figure without trailing zeros: 2.000 FTE reads 2, 4.60 reads 4.6. */
  private static String number(BigDecimal value) {
    BigDecimal plain = value.stripTrailingZeros();
    return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
  }

  /** FTE with at least one decimal, as the sources print them: 8.0, 10.5. */
  private static String fte(BigDecimal value) {
    BigDecimal plain = value.stripTrailingZeros();
    return plain.setScale(Math.max(1, plain.scale())).toPlainString();
  }

  private static String percent(Coverage coverage) {
    return number(coverage.percent()) + "%";
  }

  private static String money(Estimate estimate) {
    return money(estimate.value());
  }

  private static String money(BigDecimal pounds) {
    BigDecimal whole = Rounding.NEAREST_WHOLE.apply(pounds);
    return "£" + String.format(Locale.UK, "%,d", whole.longValueExact());
  }

  /** A plain-text table: columns as wide as their widest cell, text left and numbers right. */
  private static final class Table {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    Table(String... header) {
      this.header = List.of(header);
    }

    void row(String... cells) {
      rows.add(List.of(cells));
    }

    String render() {
      int[] widths = new int[header.size()];
      boolean[] numeric = new boolean[header.size()];
      for (int i = 0; i < widths.length; i++) {
        widths[i] = header.get(i).length();
        numeric[i] = i > 0;
        for (List<String> row : rows) {
          String cell = row.get(i);
          widths[i] = Math.max(widths[i], cell.length());
          if (!cell.equals(NONE) && !cell.isEmpty() && !Character.isDigit(cell.charAt(0)) && cell.charAt(0) != '£') {
            numeric[i] = false;
          }
        }
      }
      StringBuilder out = new StringBuilder();
      line(out, header, widths, numeric);
      List<String> rule = new ArrayList<>();
      for (int width : widths) {
        rule.add("-".repeat(width));
      }
      line(out, rule, widths, numeric);
      for (List<String> row : rows) {
        line(out, row, widths, numeric);
      }
      return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths, boolean[] numeric) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < cells.size(); i++) {
        String cell = cells.get(i);
        String space = " ".repeat(widths[i] - cell.length());
        line.append("  ").append(numeric[i] ? space + cell : cell + space);
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }
}
