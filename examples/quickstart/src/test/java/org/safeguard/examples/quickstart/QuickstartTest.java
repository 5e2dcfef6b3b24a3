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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.marac.Incident;
import org.safeguard.core.marac.MaracOutcome;
import org.safeguard.core.marac.MaracRoute;
import org.safeguard.model.Answer;
import org.safeguard.model.RiskLevel;

/**
 * Runs the quickstart over the shipped sample and checks its printed numbers against a recount
 * made here from the raw cases, by the SafeLives rules written out again rather than by calling
 * the library.
 */
class QuickstartTest {
  private static final LocalDate AS_OF = SyntheticCases.SCREENING_DATE;

  @TempDir
  Path dir;

  /**
   * The quickstart exports the sample for a MARAC and for research, and says where; each NDJSON file
   * reads back with the NDJSON reader as a case file, its events, an assessment and a MARAC decision per case,
   * the CSV zip opens with its export's description, and the FHIR file holds a Bundle per case file,
   * per assessment and per perpetrator case (FHIR has no mapping for a MARAC decision nor an event).
   */
  @Test
  void theSampleIsExportedForMaracAndResearchAndEachFileReadsBack() throws Exception {
    Path exports = dir.resolve("exports");
    QuickstartRun run = QuickstartRun.of("--out", dir.resolve("summary.txt").toString(), "--exports", exports.toString());
    assertEquals(0, run.status(), run.err());
    // the sample's events, worked again here: every one goes to research, all but the contacts' and reviews' to a MARAC
    org.safeguard.core.Safeguard engine = org.safeguard.core.Safeguard.builder().build();
    List<SyntheticCase> sample = Fixtures.sample();
    Map<org.safeguard.export.Purpose, Integer> events = new EnumMap<>(org.safeguard.export.Purpose.class);
    for (SampleCasework.Worked w : SampleCasework.work(engine, sample, Quickstart.screen(engine, sample))) {
      for (org.safeguard.core.casework.CaseEvent e : w.events()) {
        events.merge(org.safeguard.export.Purpose.RESEARCH, 1, Integer::sum);
        if (e.type() != org.safeguard.core.casework.CaseEventType.CONTACT_RECORDED
            && e.type() != org.safeguard.core.casework.CaseEventType.REVIEW_RECORDED) {
          events.merge(org.safeguard.export.Purpose.MARAC, 1, Integer::sum);
        }
      }
    }
    assertTrue(events.get(org.safeguard.export.Purpose.MARAC) < events.get(org.safeguard.export.Purpose.RESEARCH));
    // and the perpetrator side's: every event to research, all but the needs' and the work log's to a MARAC
    Map<org.safeguard.export.Purpose, Integer> perpetratorEvents = new EnumMap<>(org.safeguard.export.Purpose.class);
    List<PerpetratorSide.Worked> perpetrators = PerpetratorSide.work(engine, Quickstart.screen(engine, sample), SyntheticCases.SCREENING_DATE);
    for (PerpetratorSide.Worked p : perpetrators) {
      for (org.safeguard.core.perpetrator.PerpetratorEvent e : p.events()) {
        perpetratorEvents.merge(org.safeguard.export.Purpose.RESEARCH, 1, Integer::sum);
        if (!(e instanceof org.safeguard.core.perpetrator.NeedsRecorded) && !(e instanceof org.safeguard.core.perpetrator.WorkRecorded)) {
          perpetratorEvents.merge(org.safeguard.export.Purpose.MARAC, 1, Integer::sum);
        }
      }
    }
    for (org.safeguard.export.Purpose purpose : List.of(org.safeguard.export.Purpose.MARAC, org.safeguard.export.Purpose.RESEARCH)) {
      // one record per case, assessment and decision; two cohort reports; the MARAC's referrals and its quarterly return
      int referrals = QuarterlyReturn.work(engine, sample, Quickstart.screen(engine, sample), SyntheticCases.SCREENING_DATE).referrals().size();
      int records = 3 * SyntheticCases.SAMPLE_COUNT + 2 + referrals + 1 + events.get(purpose) + perpetrators.size()
          + perpetratorEvents.get(purpose);
      String name = "sample-" + purpose.name().toLowerCase(java.util.Locale.ROOT) + ".ndjson";
      Path file = exports.resolve(name).toAbsolutePath().normalize();
      assertTrue(run.out().contains("Export written to " + file + " (ndjson, " + purpose.name().toLowerCase(java.util.Locale.ROOT) + ", "
          + records + " records"), run.out());
      try (var in = Files.newInputStream(file)) {
        var reader = org.safeguard.plugins.exportndjson.NdjsonReader.open(in);
        assertEquals(purpose, reader.purpose());
        Map<String, Integer> kinds = new java.util.TreeMap<>();
        for (var record : reader.readAll()) {
          kinds.merge(record.schema().name(), 1, Integer::sum);
          assertEquals(purpose, record.purpose());
          if (record.schema().equals(org.safeguard.export.Schemas.REFERRAL)) {
            assertTrue(record.record("equality").isEmpty(), "equality answers go to FULL alone");
            assertTrue(record.text("referredBy").isPresent());
          }
        }
        assertEquals(Map.of("assessment", SyntheticCases.SAMPLE_COUNT, "case", SyntheticCases.SAMPLE_COUNT,
            "marac-decision", SyntheticCases.SAMPLE_COUNT, "cohort-report", 2, "case-event", events.get(purpose),
            "perpetrator-case", perpetrators.size(), "perpetrator-event", perpetratorEvents.get(purpose), "marac-return", 1, "referral", referrals), kinds);
      }
      Path zip = exports.resolve("sample-" + purpose.name().toLowerCase(java.util.Locale.ROOT) + ".zip").toAbsolutePath().normalize();
      assertTrue(run.out().contains("Export written to " + zip + " (csv, " + purpose.name().toLowerCase(java.util.Locale.ROOT) + ", "
          + records + " records"), run.out());
      try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
        assertEquals("export-info.csv", in.getNextEntry().getName());
        assertTrue(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).contains("\r\ntable,case.csv\r\nrows,"
            + SyntheticCases.SAMPLE_COUNT + "\r\n"));
      }
      Path fhir = exports.resolve("sample-" + purpose.name().toLowerCase(java.util.Locale.ROOT) + ".fhir.ndjson").toAbsolutePath().normalize();
      assertTrue(run.out().contains("Export written to " + fhir + " (fhir-r4, " + purpose.name().toLowerCase(java.util.Locale.ROOT) + ", "
          + (2 * SyntheticCases.SAMPLE_COUNT + perpetrators.size()) + " records"), run.out());
      List<String> bundles = Files.readAllLines(fhir);
      assertEquals(2 * SyntheticCases.SAMPLE_COUNT + perpetrators.size(), bundles.size(),
          "a Bundle a line, for each case file, each assessment and each perpetrator case");
      for (String bundle : bundles) {
        assertTrue(bundle.startsWith("{\"resourceType\":\"Bundle\","), bundle);
      }
      Path page = exports.resolve("sample-" + purpose.name().toLowerCase(java.util.Locale.ROOT) + ".html").toAbsolutePath().normalize();
      assertTrue(run.out().contains("Export written to " + page + " (report-html, " + purpose.name().toLowerCase(java.util.Locale.ROOT)
          + ", 3 records"), run.out());
      if (purpose == org.safeguard.export.Purpose.RESEARCH) {
        // what research did, format by format: the page holds no pseudonym, the FHIR file no cohort count
        assertTrue(run.out().contains(page + " (report-html, research, 3 records; small counts suppressed)"), run.out());
        assertTrue(run.out().contains(fhir + " (fhir-r4, research, " + (2 * SyntheticCases.SAMPLE_COUNT + perpetrators.size())
            + " records; pseudonyms keyed for this run only)"), run.out());
        assertTrue(run.out().contains("; pseudonyms keyed for this run only, small counts suppressed)"), run.out());
      }
      String html = Files.readString(page);
      assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("<h2 id=\"report-1\">Cohort report 1</h2>")
          && html.contains("<h2 id=\"report-2\">Cohort report 2</h2>"), "the sample's report, then the generated cohort's");
      assertTrue(html.contains(">MARAC return 1</h2>"), "then the sample MARAC's quarterly return");
      assertTrue(html.contains(Quickstart.COHORT_SIZE + " cases,"), "the generated cohort's size");
      String cohorts = html.substring(0, html.indexOf(">MARAC return 1</h2>"));
      String quarter = html.substring(html.indexOf(">MARAC return 1</h2>"));
      assertEquals(purpose == org.safeguard.export.Purpose.RESEARCH, cohorts.contains("<td>&lt;5") || cohorts.contains(" of &lt;5"),
          "small cells suppressed in the cohort tables, and only for research");
      // a return leaves the service under either purpose: the sample's small counts are suppressed in both
      assertTrue(quarter.contains("&lt;5"), "the return's small counts suppressed");
    }
  }

  @Test
  void summaryCountsAgreeWithAnIndependentRecount() {
    Recount expected = Recount.of(Fixtures.sample(), 14, Integer.MAX_VALUE);
    String summary = runOverSample().summary();

    assertTrue(summary.startsWith("Safeguard quickstart: " + SyntheticCases.SAMPLE_COUNT + " cases from "), summary);
    for (RiskLevel level : RiskLevel.values()) {
      Matcher m = line(summary, "  " + level + "\\s+(\\d+)\\s+(\\d+)");
      assertEquals(expected.computed.getOrDefault(level, 0), Integer.parseInt(m.group(1)), "computed " + level);
      assertEquals(expected.last.getOrDefault(level, 0), Integer.parseInt(m.group(2)), "final " + level);
    }
    for (MaracOutcome outcome : MaracOutcome.values()) {
      Matcher m = line(summary, "  " + outcome + "\\s+(\\d+)");
      assertEquals(expected.outcomes.getOrDefault(outcome, 0), Integer.parseInt(m.group(1)), outcome.toString());
    }
    for (MaracRoute route : MaracRoute.values()) {
      Matcher m = line(summary, "  " + route + "\\s+(\\d+)\\s+(\\d+)");
      assertEquals(expected.maracByRoute.getOrDefault(route, 0), Integer.parseInt(m.group(1)), "MARAC by " + route);
      assertEquals(expected.childrenByRoute.getOrDefault(route, 0), Integer.parseInt(m.group(2)), "children by " + route);
    }
    assertTrue(summary.contains("Professional judgement raised the level of " + expected.judgementsApplied + " case(s)."), summary);
  }

  @Test
  void highLevelsAreTheCasesWithFourteenYesOrAJudgementToHigh() {
    long expected = Fixtures.sample().stream()
        .filter(c -> yesCount(c) >= 14 || c.judgement().map(j -> j.level() == RiskLevel.HIGH).orElse(false))
        .count();
    Matcher m = line(runOverSample().summary(), "  HIGH\\s+\\d+\\s+(\\d+)");
    assertEquals(expected, Long.parseLong(m.group(1)));
  }

  @Test
  void shippedSampleShowsEveryRouteAndChildrensSafeguarding() {
    Recount recount = Recount.of(Fixtures.sample(), 14, Integer.MAX_VALUE);
    for (MaracRoute route : MaracRoute.safeLivesRoutes()) {
      assertTrue(recount.maracByRoute.getOrDefault(route, 0) >= 1, "no MARAC referral by " + route);
    }
    assertTrue(recount.outcomes.getOrDefault(MaracOutcome.REFER_TO_CHILDREN_SAFEGUARDING, 0) >= 1);
    assertTrue(recount.outcomes.getOrDefault(MaracOutcome.NO_REFERRAL, 0) >= 1);
  }

  @Test
  void theThreeExamplesTogetherShowEveryRoute() {
    String summary = runOverSample().summary();
    Matcher m = Pattern.compile("(?m)^Example (\\d) of 3: case (QS-\\d{4}), routes (.+)$").matcher(summary);
    Set<MaracRoute> shown = EnumSet.noneOf(MaracRoute.class);
    int examples = 0;
    while (m.find()) {
      examples++;
      for (String route : m.group(3).split(", ")) {
        shown.add(MaracRoute.valueOf(route));
      }
    }
    assertEquals(3, examples, summary);
    assertEquals(MaracRoute.safeLivesRoutes(), shown, summary);
    assertTrue(summary.contains("  Assessment: Score "), "each example carries assessment.explain()");
    assertTrue(summary.contains("  Decision:   REFER_TO_"), "each example carries decision.explain()");
  }

  /**
   * The MARAC rules the sample may not contain, shown on cases built for them: a 17-year-old goes
   * to MARAC and children's social care; an incident 11 months after the last referral is a repeat
   * though screened in month 13; a police referral without a checklist is screened on its incidents;
   * a checklist too incomplete for a level under a policy's completeness rule says "insufficient
   * information" rather than standard risk.
   */
  @Test
  void theMaracRulesSectionShowsAYoungPersonALateRepeatACaseWithoutAChecklistAndAnIncompleteOne() {
    String summary = runOverSample().summary();
    int section = summary.indexOf("\nMARAC rules at work");
    assertTrue(section > 0, summary);
    String rules = summary.substring(section, summary.indexOf("\nCasework:", section));
    assertTrue(rules.contains("note: age 17: under 18, so children's social care as well as MARAC"), rules);
    assertTrue(rules.contains("REPEAT: VIOLENCE_OR_THREATS incident on 2026-09-01, within 12 months of the last referral on 2025-10-01"
        + " (window to 2026-10-01); perpetrator not recorded"), rules);
    assertTrue(rules.contains("POTENTIAL_ESCALATION: 3 incidents in the 12 months to 2026-11-01, at least 3 make potential escalation"),
        rules);
    assertTrue(rules.contains("not VISIBLE_HIGH_RISK: no checklist completed yet"), rules);
    assertEquals(3, rules.split("\n  Decision:   REFER_TO_MARAC on ", -1).length - 1, rules);
    assertTrue(rules.contains("  Assessment: Score 4 on safelives-dash-ric 2009 (4 yes, 2 no, 3 not known, 15 not asked): insufficient"
        + " information for a level under policy safelives-with-completeness 2009 (6 items answered, the policy asks for at least 18);"
        + " not a finding of standard risk. No level until professional judgement sets one.\n"), rules);
    assertTrue(rules.contains("not VISIBLE_HIGH_RISK: insufficient information on safelives-dash-ric to compute a level"
        + " (6 items answered, the policy asks for at least 18)"), rules);
  }

  @Test
  void summaryFileHoldsExactlyWhatWasPrinted() throws Exception {
    Path out = dir.resolve("nested/dirs/summary.txt");
    QuickstartRun run = QuickstartRun.of("--out", out.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals(run.summary(), Files.readString(out));
    String after = run.out().substring(run.summary().length());
    List<String> lines = after.lines().filter(l -> !l.isEmpty()).toList();
    assertEquals("Summary written to " + out.toAbsolutePath().normalize(), lines.get(0), run.out());
    assertTrue(lines.size() > 1 && lines.subList(1, lines.size()).stream().allMatch(l -> l.startsWith("Export written to ")), after);
  }

  @Test
  void runningTwiceGivesTheSameSummary() {
    assertEquals(runOverSample().summary(), runOverSample().summary());
  }

  @Test
  void countyPolicyFileMovesTheThresholdAndJudgementsItAlreadyMeetsAreNotApplied() throws Exception {
    Path policy = dir.resolve("county.properties");
    Files.writeString(policy, String.join("\n",
        "id=county-example",
        "version=2026.1",
        "bands.safelives-dash-ric.standard=0-6",
        "bands.safelives-dash-ric.medium=7-9",
        "bands.safelives-dash-ric.high=10+",
        ""));
    Recount expected = Recount.of(Fixtures.sample(), 10, 7);
    QuickstartRun run = QuickstartRun.of("--policy", policy.toString(), "--out", dir.resolve("s.txt").toString());
    assertEquals(0, run.status(), run.err());
    String summary = run.summary();
    assertTrue(summary.contains("threshold policy county-example 2026.1"), summary);
    for (RiskLevel level : RiskLevel.values()) {
      Matcher m = line(summary, "  " + level + "\\s+(\\d+)\\s+(\\d+)");
      assertEquals(expected.computed.getOrDefault(level, 0), Integer.parseInt(m.group(1)), "computed " + level);
      assertEquals(expected.last.getOrDefault(level, 0), Integer.parseInt(m.group(2)), "final " + level);
    }
    assertTrue(expected.judgementsNotNeeded > 0, "the policy should make some judgements unnecessary");
    assertTrue(summary.contains("; " + expected.judgementsNotNeeded + " more carried a judgement the computed level already met"), summary);
  }

  private QuickstartRun runOverSample() {
    QuickstartRun run = QuickstartRun.of("--out", dir.resolve("summary.txt").toString());
    assertEquals(0, run.status(), run.err());
    return run;
  }

  private static Matcher line(String summary, String regex) {
    Matcher m = Pattern.compile("(?m)^" + regex + "$").matcher(summary);
    assertTrue(m.find(), "no line matching " + regex + " in\n" + summary);
    return m;
  }

  private static int yesCount(SyntheticCase c) {
    return (int) Fixtures.ITEM_IDS.stream().filter(id -> c.responses().answer(id) == Answer.YES).count();
  }

  /** The SafeLives rules, restated: bands by yes count, judgement only raises, four routes, children under 16. */
  private static final class Recount {
    final Map<RiskLevel, Integer> computed = new EnumMap<>(RiskLevel.class);
    final Map<RiskLevel, Integer> last = new EnumMap<>(RiskLevel.class);
    final Map<MaracOutcome, Integer> outcomes = new EnumMap<>(MaracOutcome.class);
    final Map<MaracRoute, Integer> maracByRoute = new EnumMap<>(MaracRoute.class);
    final Map<MaracRoute, Integer> childrenByRoute = new EnumMap<>(MaracRoute.class);
    int judgementsApplied;
    int judgementsNotNeeded;

    static Recount of(List<SyntheticCase> cases, int highFrom, int mediumFrom) {
      Recount r = new Recount();
      for (SyntheticCase c : cases) {
        int yes = yesCount(c);
        RiskLevel computed = yes >= highFrom ? RiskLevel.HIGH : yes >= mediumFrom ? RiskLevel.MEDIUM : RiskLevel.STANDARD;
        RiskLevel level = computed;
        Optional<Judgement> judgement = c.judgement();
        if (judgement.isPresent() && judgement.get().level().compareTo(computed) > 0) {
          level = judgement.get().level();
          r.judgementsApplied++;
        } else if (judgement.isPresent()) {
          r.judgementsNotNeeded++;
        }
        r.computed.merge(computed, 1, Integer::sum);
        r.last.merge(level, 1, Integer::sum);

        Set<MaracRoute> routes = EnumSet.noneOf(MaracRoute.class);
        if (computed == RiskLevel.HIGH) {
          routes.add(MaracRoute.VISIBLE_HIGH_RISK);
        }
        if (computed != RiskLevel.HIGH && level == RiskLevel.HIGH) {
          routes.add(MaracRoute.PROFESSIONAL_JUDGEMENT);
        }
        LocalDate windowStart = AS_OF.minusMonths(12);
        if (c.incidents().stream().filter(i -> !i.date().isBefore(windowStart)).count() >= 3) {
          routes.add(MaracRoute.POTENTIAL_ESCALATION);
        }
        Optional<LocalDate> lastReferral = c.previousReferrals().stream().max(LocalDate::compareTo);
        if (lastReferral.isPresent() && c.incidents().stream().anyMatch(i -> repeats(i, lastReferral.get()))) {
          routes.add(MaracRoute.REPEAT);
        }

        MaracOutcome outcome = c.victimAge() < 16 ? MaracOutcome.REFER_TO_CHILDREN_SAFEGUARDING
            : routes.isEmpty() ? MaracOutcome.NO_REFERRAL : MaracOutcome.REFER_TO_MARAC;
        r.outcomes.merge(outcome, 1, Integer::sum);
        for (MaracRoute route : routes) {
          (outcome == MaracOutcome.REFER_TO_MARAC ? r.maracByRoute : r.childrenByRoute).merge(route, 1, Integer::sum);
        }
      }
      return r;
    }

    /** SafeLives' current definition, the SafeLives policy's: any incident within 12 months after the last referral. */
    private static boolean repeats(Incident incident, LocalDate lastReferral) {
      return incident.date().isAfter(lastReferral) && !incident.date().isAfter(lastReferral.plusMonths(12));
    }
  }

  @Test
  void thePlanCommandRunsThePlanningTableFromTheSameJar() {
    QuickstartRun run = QuickstartRun.of("plan", "--out", dir.resolve("plan.txt").toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("Safeguard planning: capacity and cost"), run.out());
  }
}
