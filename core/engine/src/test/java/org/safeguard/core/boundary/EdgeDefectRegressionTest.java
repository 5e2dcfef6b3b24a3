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
package org.safeguard.core.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Casework;
import org.safeguard.core.Fixtures;
import org.safeguard.core.Safeguard;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.casework.CaseFile;
import org.safeguard.core.casework.Measures;
import org.safeguard.core.marac.CaseHistory;
import org.safeguard.core.marac.Incident;
import org.safeguard.core.outcome.AbuseProfile;
import org.safeguard.core.outcome.AbuseType;
import org.safeguard.core.outcome.Severity;
import org.safeguard.core.policy.PolicyFiles;
import org.safeguard.model.Agency;
import org.safeguard.model.AnswerOutOfScaleException;
import org.safeguard.model.Band;
import org.safeguard.model.BandTable;
import org.safeguard.model.IncidentType;
import org.safeguard.model.Instrument;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.PluginFailureException;
import org.safeguard.model.RatingScale;
import org.safeguard.model.Responses;
import org.safeguard.model.RiskLevel;
import org.safeguard.model.ThresholdPolicy;
import org.safeguard.spi.ScoringRule;

/**
 * One named test for each null, range and plugin-failure defect that generated bad input found in
 * the engine and the SPI (issue 10's list, parts 1 and 2). Each used to escape as an untyped
 * exception or read back wrong; each is now a refusal of the {@link InvalidInputException} family
 * naming its field, or a {@link PluginFailureException} naming the plugin. The generated checks
 * that keep the whole surface this way are {@link NullBoundaryTest} and the properties beside it.
 */
class EdgeDefectRegressionTest {
  private static final LocalDate REFERRED = LocalDate.of(2026, 3, 2);
  private final Safeguard engine = Fixtures.engine();
  private final Casework casework = engine.casework();

  private CaseFile opened() {
    Assessment assessment = engine.assess(engine.responses("test-checklist").yes(Fixtures.ITEMS.split(" ")[0]).build());
    return casework.open("C-0001", REFERRED, 31, Measures.builder().on(REFERRED).assessment(assessment)
        .abuse(AbuseProfile.of(Map.of(AbuseType.PHYSICAL, Severity.HIGH))).build()).caseFile();
  }

  private static void refusedNaming(String field, org.junit.jupiter.api.function.Executable call) {
    MissingValueException e = assertThrows(MissingValueException.class, call);
    assertEquals(field, e.field());
  }

  @Test
  void nullContactIsRefusedByName() {
    refusedNaming("contact", () -> casework.recordContact(opened(), null));
  }

  @Test
  void nullFileGivenToACommandIsRefusedByName() {
    refusedNaming("file", () -> casework.recordContact(null, org.safeguard.core.casework.Contact.significant(REFERRED,
        org.safeguard.core.casework.ContactChannel.PHONE)));
    refusedNaming("file", () -> casework.close(null, null));
    refusedNaming("file", () -> casework.outcome(null));
  }

  @Test
  void nullsGivenToInterventionCommandsAreRefusedByName() {
    CaseFile file = opened();
    refusedNaming("intervention", () -> casework.startIntervention(file, null));
    refusedNaming("interventionId", () -> casework.endIntervention(file, null, REFERRED, null));
    refusedNaming("end", () -> casework.endIntervention(file, "i1", null, null));
  }

  @Test
  void nullScreeningDateIsRefusedByName() {
    refusedNaming("asOf", () -> casework.screenForMarac(opened(), null));
  }

  @Test
  void nullsGivenToReviewConsentSharingClosureAndPlanAreRefusedByName() {
    CaseFile file = opened();
    refusedNaming("review", () -> casework.recordReview(file, null));
    refusedNaming("consent", () -> casework.recordConsent(file, null));
    refusedNaming("with", () -> casework.share(file, REFERRED, null));
    refusedNaming("reason", () -> casework.shareWithoutConsent(file, REFERRED, Agency.POLICE, null));
    refusedNaming("closure", () -> casework.close(file, null));
    refusedNaming("actions", () -> casework.reviseSafetyPlan(file, REFERRED, null));
  }

  @Test
  void nullPolicyTextIsRefusedByName() {
    refusedNaming("json", () -> PolicyFiles.fromJson(null, "upload"));
    refusedNaming("properties", () -> PolicyFiles.fromProperties(null, "upload"));
  }

  @Test
  void nullJudgementRawScoreAndAgencyAreRefusedByName() {
    Assessment assessment = engine.assess(engine.responses("test-checklist").yes(Fixtures.ITEMS.split(" ")[0]).build());
    refusedNaming("next", () -> assessment.raisedBy(null));
    Instrument instrument = engine.instrument("test-checklist");
    refusedNaming("responses", () -> instrument.rawScore(null));
    ThresholdPolicy policy = engine.policy();
    refusedNaming("agency", () -> policy.bandsFor("test-checklist", null));
  }

  /**
   * The generated collection, map and {@code Optional} setters threw {@code NullPointerException}
   * for a null argument, and an iterable with a null in the middle left the builder holding the
   * elements before it. The builders now check the whole argument first.
   */
  @Test
  void nullsGivenToBuildersCollectionMapAndOptionalSettersAreRefusedAndChangeNothing() {
    refusedNaming("effectiveFrom", () -> ThresholdPolicy.builder().effectiveFrom((java.util.Optional<LocalDate>) null));
    refusedNaming("bands", () -> ThresholdPolicy.builder().bands((Map<String, BandTable>) null));
    refusedNaming("agencyBands", () -> ThresholdPolicy.builder().addAllAgencyBands(null));
    refusedNaming("agencyBands", () -> ThresholdPolicy.builder().addAgencyBands((BandTable[]) null));
    refusedNaming("incidents", () -> CaseHistory.builder().incidents(null));

    Incident first = Incident.of(REFERRED.minusDays(10), IncidentType.VIOLENCE_OR_THREATS, Agency.POLICE);
    Incident second = Incident.of(REFERRED.minusDays(5), IncidentType.VIOLENCE_OR_THREATS, Agency.POLICE);
    CaseHistory.Builder history = CaseHistory.builder().asOf(REFERRED).victimAge(30).addIncidents(first);
    java.util.List<Incident> withANull = new java.util.ArrayList<>(List.of(second));
    withANull.add(null);
    refusedNaming("incidents[1]", () -> history.addAllIncidents(withANull));
    assertEquals(List.of(first), history.build().incidents(), "the refused call added nothing");

    Map<String, BandTable> withANullValue = new java.util.HashMap<>();
    withANullValue.put("dash", null);
    refusedNaming("bands[dash]", () -> ThresholdPolicy.builder().putAllBands(withANullValue));
  }

  @Test
  void ratingOutsideTheScaleHasNoLabelAndSaysSo() {
    RatingScale scale = RatingScale.of(0, "none", "some", "severe");
    AnswerOutOfScaleException e = assertThrows(AnswerOutOfScaleException.class, () -> scale.labelOf(99));
    assertEquals("99", e.value());
  }

  @Test
  void ratingScaleThatReachesPastWhatIsStoredIsRefusedNotReadBackNegative() {
    // A scale from 200 stored ratings in a byte, so rate("a", 201) read back as -55.
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> RatingScale.of(200, "low", "high"));
    assertEquals("ratingScale.lowest", e.field());
    RatingScale widest = RatingScale.of(RatingScale.MAX_RATING - 1, "low", "high");
    Instrument rated = Instrument.builder().id("rated").version("1").itemIds("a").ratingScale(widest)
        .scoringRule(Responses::ratingSum).build();
    Responses answers = Responses.builder(rated).rate("a", RatingScale.MAX_RATING).build();
    assertEquals(RatingScale.MAX_RATING, rated.rawScore(answers));
  }

  @Test
  void extremeDatesInACaseHistoryAreRefusedNotThrownAsDateTimeException() {
    for (LocalDate extreme : List.of(LocalDate.MIN, LocalDate.MAX)) {
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> CaseHistory.builder().asOf(REFERRED).victimAge(30)
              .addIncidents(Incident.of(extreme, IncidentType.VIOLENCE_OR_THREATS, Agency.POLICE)).build());
      assertEquals("incident.date", e.field());
      InvalidInputException asOf = assertThrows(InvalidInputException.class,
          () -> CaseHistory.builder().asOf(extreme).victimAge(30).build());
      assertEquals("asOf", asOf.field());
    }
  }

  @Test
  void aScoringRuleThatThrowsIsReportedUnderItsPluginsId() {
    ScoringRule broken = responses -> {
      throw new IllegalStateException("weights table missing");
    };
    Instrument instrument = Instrument.builder().id("broken-rule").version("2").itemIds("a", "b").scoringRule(broken).build();
    Responses answers = Responses.builder(instrument).yes("a").build();
    PluginFailureException raw = assertThrows(PluginFailureException.class, () -> instrument.rawScore(answers));
    assertEquals("broken-rule", raw.pluginId());
    assertEquals("2", raw.pluginVersion());
    assertTrue(raw.getCause() instanceof IllegalStateException);

    ThresholdPolicy policy = ThresholdPolicy.builder().id("p").version("1")
        .putBands("broken-rule", BandTable.of("broken-rule", List.of(Band.from(RiskLevel.STANDARD, 0)))).build();
    PluginFailureException assessed = assertThrows(PluginFailureException.class,
        () -> Assessment.of(answers, policy.bandsFor("broken-rule").orElseThrow(), policy));
    assertEquals("broken-rule", assessed.pluginId());
  }

  @Test
  void aScoringRuleThatOverflowsTheStackIsReportedUnderItsPluginsId() {
    ScoringRule deep = new ScoringRule() {
      @Override
      public int score(Responses responses) {
        return score(responses) + 1;
      }
    };
    Instrument instrument = Instrument.builder().id("deep-rule").version("1").itemIds("a").scoringRule(deep).build();
    PluginFailureException e = assertThrows(PluginFailureException.class,
        () -> instrument.rawScore(Responses.builder(instrument).yes("a").build()));
    assertEquals("deep-rule", e.pluginId());
    assertTrue(e.getCause() instanceof StackOverflowError);
  }

  @Test
  void aRuleThatRefusesInputOnPurposePassesItsRefusalThrough() {
    InvalidInputException refusal = new InvalidInputException("a", "x", "answers must be complete");
    ScoringRule strict = responses -> {
      throw refusal;
    };
    Instrument instrument = Instrument.builder().id("strict").version("1").itemIds("a").scoringRule(strict).build();
    assertEquals(refusal, assertThrows(InvalidInputException.class,
        () -> instrument.rawScore(Responses.builder(instrument).yes("a").build())));
  }

  /** A properties policy read with {@code null} in it is refused like any other missing value. */
  @Test
  void nullPropertiesSourceIsRefusedByName() {
    refusedNaming("source", () -> PolicyFiles.fromProperties(new Properties(), null));
  }

  @Test
  void aPolicyVersionThatWouldForgeALogLineIsRefusedAtLoad() {
    Properties forged = new Properties();
    forged.setProperty("id", "county-forged");
    forged.setProperty("version", "1\nINFO org.safeguard - policy checked");
    forged.setProperty("bands.test-checklist.standard", "0-9");
    forged.setProperty("bands.test-checklist.high", "10+");
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> PolicyFiles.fromProperties(forged, "upload"));
    assertEquals("version", e.field());
    assertTrue(e.getMessage().indexOf('\n') < 0, e.getMessage());
  }

  @Test
  void aRefusalShowsItsValueOnOneShortLineAndKeepsItWhole() {
    String value = "a\r\nWARN forged\u2028" + "x".repeat(10_000);
    InvalidInputException e = new InvalidInputException("itemId", value, "no such item");
    assertTrue(e.getMessage().chars().noneMatch(c -> c == '\n' || c == '\r' || c == 0x2028), e.getMessage());
    assertTrue(e.getMessage().length() < 200, e.getMessage());
    assertTrue(e.getMessage().contains("(10015 characters)"), e.getMessage());
    assertEquals(value, e.value());
  }
}
