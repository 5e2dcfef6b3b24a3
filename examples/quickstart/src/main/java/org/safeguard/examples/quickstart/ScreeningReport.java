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
package org.safeguard.examples.quickstart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.safeguard.core.marac.MaracOutcome;
import org.safeguard.core.marac.MaracRoute;
import org.safeguard.model.Instrument;
import org.safeguard.model.RiskLevel;
import org.safeguard.model.ThresholdPolicy;

/**
 * The quickstart's summary: counts by risk level, MARAC outcome and route, the case ids behind each
 * route, and three worked examples in the library's own words. Built from {@link ScreenedCase}s
 * only, so it holds case ids and numbers and never a name, an answer or a rationale: the summary
 * is meant to be safe to paste into a ticket or a log.
 */
public final class ScreeningReport {
  /** How many decisions are explained in full. */
  public static final int EXAMPLES = 3;

  private static final int WIDTH = 100;

  private final String casesSource;
  private final LocalDate screenedOn;
  private final Instrument instrument;
  private final ThresholdPolicy policy;
  private final List<String> pluginsLeftOut;
  private final List<ScreenedCase> cases;

  /**
   * @param casesSource where the cases came from, as the user named it
   * @param pluginsLeftOut ids of plugins left out under lenient loading
   */
  public ScreeningReport(String casesSource, LocalDate screenedOn, Instrument instrument, ThresholdPolicy policy,
      List<String> pluginsLeftOut, List<ScreenedCase> cases) {
    this.casesSource = casesSource;
    this.screenedOn = screenedOn;
    this.instrument = instrument;
    this.policy = policy;
    this.pluginsLeftOut = List.copyOf(pluginsLeftOut);
    this.cases = List.copyOf(cases);
  }

  /** The summary as text, lines ending in {@code \n}. */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append("Safeguard quickstart: ").append(cases.size()).append(cases.size() == 1 ? " case" : " cases")
        .append(" from ").append(casesSource)
        .append(", screened on ").append(screenedOn).append('\n');
    out.append("Instrument ").append(instrument.id()).append(' ').append(instrument.version())
        .append("; threshold policy ").append(policy.id()).append(' ').append(policy.version()).append('\n');
    if (!pluginsLeftOut.isEmpty()) {
      out.append("Plugins left out under lenient loading: ").append(String.join(", ", pluginsLeftOut)).append('\n');
    }
    levels(out);
    outcomes(out);
    routes(out);
    examples(out);
    return out.toString();
  }

  private void levels(StringBuilder out) {
    Map<RiskLevel, Integer> computed = new EnumMap<>(RiskLevel.class);
    Map<RiskLevel, Integer> last = new EnumMap<>(RiskLevel.class);
    int applied = 0;
    int notNeeded = 0;
    int insufficient = 0;
    int stillInsufficient = 0;
    for (ScreenedCase c : cases) {
      Optional<RiskLevel> level = c.assessment().computedLevel();
      if (level.isPresent()) {
        computed.merge(level.get(), 1, Integer::sum);
      } else {
        insufficient++;
      }
      if (c.assessment().level().isPresent()) {
        last.merge(c.assessment().level().get(), 1, Integer::sum);
      } else {
        stillInsufficient++;
      }
      applied += c.assessment().overridden() ? 1 : 0;
      notNeeded += c.judgementNotNeeded() ? 1 : 0;
    }
    out.append('\n').append(String.format("%-40s %8s %8s\n", "Risk level", "computed", "final"));
    for (RiskLevel level : RiskLevel.values()) {
      out.append(String.format("  %-38s %8d %8d\n", level, computed.getOrDefault(level, 0), last.getOrDefault(level, 0)));
    }
    if (insufficient > 0) {
      out.append(String.format("  %-38s %8d %8d\n", "insufficient information", insufficient, stillInsufficient));
    }
    out.append("Professional judgement raised the level of ").append(applied).append(" case(s)");
    if (notNeeded > 0) {
      out.append("; ").append(notNeeded).append(" more carried a judgement the computed level already met");
    }
    out.append(".\n");
  }

  private void outcomes(StringBuilder out) {
    Map<MaracOutcome, Integer> outcomes = new EnumMap<>(MaracOutcome.class);
    for (ScreenedCase c : cases) {
      outcomes.merge(c.decision().outcome(), 1, Integer::sum);
    }
    out.append('\n').append(String.format("%-40s %8s\n", "MARAC outcome", "cases"));
    for (MaracOutcome outcome : MaracOutcome.values()) {
      out.append(String.format("  %-38s %8d\n", outcome, outcomes.getOrDefault(outcome, 0)));
    }
  }

  private void routes(StringBuilder out) {
    out.append('\n').append(String.format("%-40s %8s %8s\n", "Route fired (a case can fire several)", "MARAC", "children"));
    for (MaracRoute route : MaracRoute.values()) {
      out.append(String.format("  %-38s %8d %8d\n", route,
          count(route, MaracOutcome.REFER_TO_MARAC), count(route, MaracOutcome.REFER_TO_CHILDREN_SAFEGUARDING)));
    }
    out.append("(\"children\": the victim is under ").append(policy.marac().minimumAge())
        .append(", so the case goes to children's safeguarding, not MARAC.)\n");

    out.append("\nCase ids by route\n");
    for (MaracRoute route : MaracRoute.values()) {
      wrapped(out, "  " + route + ": ", ids(c -> c.decision().firedRoutes().contains(route)));
    }
    wrapped(out, "  children's safeguarding: ",
        ids(c -> c.decision().outcome() == MaracOutcome.REFER_TO_CHILDREN_SAFEGUARDING));
  }

  private int count(MaracRoute route, MaracOutcome outcome) {
    int n = 0;
    for (ScreenedCase c : cases) {
      if (c.decision().outcome() == outcome && c.decision().firedRoutes().contains(route)) {
        n++;
      }
    }
    return n;
  }

  private List<String> ids(Predicate<ScreenedCase> which) {
    return cases.stream().filter(which).map(ScreenedCase::caseId).collect(Collectors.toList());
  }

  private static void wrapped(StringBuilder out, String label, List<String> ids) {
    if (ids.isEmpty()) {
      out.append(label).append("none\n");
      return;
    }
    String indent = " ".repeat(label.length());
    StringBuilder line = new StringBuilder(label);
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i) + (i < ids.size() - 1 ? "," : "");
      if (line.length() > label.length() && line.length() + 1 + id.length() > WIDTH) {
        out.append(line).append('\n');
        line = new StringBuilder(indent);
      } else if (line.length() > label.length()) {
        line.append(' ');
      }
      line.append(id);
    }
    out.append(line).append('\n');
  }

  private void examples(StringBuilder out) {
    List<ScreenedCase> chosen = chooseExamples(cases);
    for (int i = 0; i < chosen.size(); i++) {
      ScreenedCase c = chosen.get(i);
      out.append("\nExample ").append(i + 1).append(" of ").append(chosen.size()).append(": case ").append(c.caseId())
          .append(", routes ").append(c.decision().firedRoutes().stream().map(Enum::name).collect(Collectors.joining(", ")))
          .append('\n');
      out.append("  Assessment: ");
      // one sentence a line: the explanation runs to a few hundred characters
      String[] sentences = c.assessment().explain().split("(?<=\\.) (?=[A-Z])");
      for (int s = 0; s < sentences.length; s++) {
        out.append(s == 0 ? "" : "              ").append(sentences[s]).append('\n');
      }
      out.append("  Decision:   ").append(c.decision().explain().replace("\n", "\n            ")).append('\n');
    }
  }

  /**
   * Picks the decisions to explain so that together they show as many routes as possible, then as
   * many outcomes; between equals, the one with fewer routes (easier to read), then the earlier case.
   */
  static List<ScreenedCase> chooseExamples(List<ScreenedCase> cases) {
    List<ScreenedCase> chosen = new ArrayList<>();
    Set<MaracRoute> routesShown = EnumSet.noneOf(MaracRoute.class);
    Set<MaracOutcome> outcomesShown = EnumSet.noneOf(MaracOutcome.class);
    while (chosen.size() < EXAMPLES) {
      Comparator<ScreenedCase> better = Comparator
          .comparingInt((ScreenedCase c) -> newRoutes(c, routesShown))
          .thenComparingInt(c -> outcomesShown.contains(c.decision().outcome()) ? 0 : 1)
          .thenComparingInt(c -> -c.decision().firedRoutes().size());
      ScreenedCase best = null;
      for (ScreenedCase c : cases) {
        if (chosen.contains(c) || c.decision().routes().isEmpty()) {
          continue;
        }
        if (best == null || better.compare(c, best) > 0) {
          best = c;
        }
      }
      if (best == null) {
        break;
      }
      chosen.add(best);
      routesShown.addAll(best.decision().firedRoutes());
      outcomesShown.add(best.decision().outcome());
    }
    return chosen;
  }

  private static int newRoutes(ScreenedCase c, Set<MaracRoute> shown) {
    Set<MaracRoute> fired = EnumSet.noneOf(MaracRoute.class);
    fired.addAll(c.decision().firedRoutes());
    fired.removeAll(shown);
    return fired.size();
  }
}
