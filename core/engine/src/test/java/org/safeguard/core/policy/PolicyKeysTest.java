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
package org.safeguard.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.safeguard.model.Agency;
import org.safeguard.model.IncidentType;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.RiskLevel;
import org.safeguard.model.ThresholdPolicy;

/**
 * Each key of a policy file at the edges of what it accepts, as a county writes them (the
 * <i>Hertfordshire Domestic Abuse Review</i>, CAADA, 2014: police bands 0-7 / 8-13 / 14+, the IDVA
 * service from 10, a medium-risk MARAC at 10-13), and the JSON form's syntax.
 */
class PolicyKeysTest {
  private static final String BASE = "id=county\nversion=1\nbands.dash.standard=0-9\nbands.dash.high=10+\n";

  private static ThresholdPolicy parse(String text) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(text));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return PolicyFiles.fromProperties(p, "county.properties");
  }

  private static PolicyFormatException refused(String text) {
    return assertThrows(PolicyFormatException.class, () -> parse(text));
  }

  private static ThresholdPolicy json(String text) {
    return PolicyFiles.fromJson(text, "county.json");
  }

  private static PolicyFormatException refusedJson(String text) {
    return assertThrows(PolicyFormatException.class, () -> json(text));
  }

  @Test
  void theIdFamilyAndDescriptionAreRead() {
    ThresholdPolicy p = parse(BASE + "family=hertfordshire\ndescription=Police bands from the 2014 review\n");
    assertEquals("hertfordshire", p.family());
    assertEquals("Police bands from the 2014 review", p.description());
    assertEquals("id", refused(BASE.replace("id=county", "id=County")).field());
    assertEquals("family", refused(BASE + "family=Herts\n").field());
    assertEquals("version", refused(BASE.replace("version=1", "version= ")).field());
    assertEquals("version", refused("id=county\nbands.dash.high=0+\n").field());
    assertEquals("bands", refused("id=county\nversion=1\n").field());
  }

  @Test
  void completenessRulesAreReadPerInstrument() {
    ThresholdPolicy p = parse(BASE + "completeness.dash.minimum-answered=18\ncompleteness.dash.not-known-limit=11\n"
        + "completeness.other.not-known-limit=3\n");
    assertEquals(2, p.completeness().size());
    assertEquals(java.util.OptionalInt.of(18), p.completenessFor("dash").orElseThrow().minimumAnswered());
    assertEquals(java.util.OptionalInt.of(11), p.completenessFor("dash").orElseThrow().notKnownLimit());
    assertEquals(java.util.OptionalInt.empty(), p.completenessFor("other").orElseThrow().minimumAnswered());
    assertEquals(Optional.empty(), parse(BASE).completenessFor("dash"));
    assertEquals(p, json("{\"id\": \"county\", \"version\": \"1\", \"bands\": {\"dash\": {\"standard\": \"0-9\", \"high\": \"10+\"}},"
        + " \"completeness\": {\"dash\": {\"minimum-answered\": 18, \"not-known-limit\": 11}, \"other\": {\"not-known-limit\": 3}}}"));
    for (String bad : new String[] {"0", "-1", "x", "1.5", ""}) {
      PolicyFormatException e = refused(BASE + "completeness.dash.minimum-answered=" + bad + "\n");
      assertEquals("completeness.dash.minimum-answered", e.field(), bad);
    }
    assertEquals("completeness.dash.not-known-limit", refused(BASE + "completeness.dash.not-known-limit=0\n").field());
    PolicyFormatException unknown = refused(BASE + "completeness.dash.maximum-answered=3\n");
    assertEquals("completeness.dash.maximum-answered", unknown.field());
    assertTrue(unknown.rule().contains("completeness.<instrument-id>.<minimum-answered|not-known-limit>"), unknown.rule());
    assertEquals("completeness.Dash.minimum-answered", refused(BASE + "completeness.Dash.minimum-answered=3\n").field());
    assertEquals("completeness..minimum-answered", refused(BASE + "completeness..minimum-answered=3\n").field());
    assertEquals("completenesx.dash.minimum-answered", refused(BASE + "completenesx.dash.minimum-answered=3\n").field(),
        "only the completeness prefix makes a completeness key");
  }

  @Test
  void bandsReadAsRiskLevelsUnlessThePolicySaysTheyMarkTheHighRiskThreshold() {
    assertEquals(false, parse(BASE).highRiskThresholdOnly());
    assertEquals(false, parse(BASE + "bands.read-as=risk-levels\n").highRiskThresholdOnly());
    assertEquals(true, parse(BASE + "bands.read-as=high-risk-threshold\n").highRiskThresholdOnly());
    assertEquals("bands.read-as", refused(BASE + "bands.read-as=threshold\n").field());
    PolicyFormatException medium = refused(BASE.replace("bands.dash.high=10+", "bands.dash.medium=10-13\nbands.dash.high=14+")
        + "bands.read-as=high-risk-threshold\n");
    assertEquals("bands.read-as", medium.field());
    assertTrue(medium.rule().contains("no medium band"), medium.rule());
    PolicyFormatException agencyMedium = refused(BASE + "bands.dash@police.standard=0-7\nbands.dash@police.medium=8-13\n"
        + "bands.dash@police.high=14+\nbands.read-as=high-risk-threshold\n");
    assertEquals("bands.read-as", agencyMedium.field());
  }

  @Test
  void datesAreWrittenYearMonthDay() {
    ThresholdPolicy p = parse(BASE + "effective-from=2014-12-01\neffective-until=2019-03-31\n");
    assertEquals(Optional.of(LocalDate.of(2014, 12, 1)), p.effectiveFrom());
    assertEquals(Optional.of(LocalDate.of(2019, 3, 31)), p.effectiveUntil());
    assertEquals("effective-from", refused(BASE + "effective-from=01/12/2014\n").field());
    assertEquals("effective-until", refused(BASE + "effective-from=2019-01-01\neffective-until=2018-12-31\n").field());
  }

  @Test
  void anAgencySetsItsOwnBandsUnderItsNameInWords() {
    ThresholdPolicy p = parse(BASE + "bands.dash@police.standard=0-7\nbands.dash@police.medium=8-13\nbands.dash@police.high=14+\n"
        + "bands.dash@idva-service.standard=0-9\nbands.dash@idva-service.high=10+\n");
    assertEquals(RiskLevel.MEDIUM, p.bandsFor("dash", Optional.of(Agency.POLICE)).orElseThrow().bandFor(8).level());
    assertEquals(RiskLevel.HIGH, p.bandsFor("dash", Optional.of(Agency.IDVA_SERVICE)).orElseThrow().bandFor(10).level());
    assertEquals("bands.dash@constabulary.high", refused(BASE + "bands.dash@constabulary.high=0+\n").field());
    assertTrue(refused(BASE + "bands.dash@-police.high=0+\n").rule().startsWith("unknown key"));
    assertTrue(refused(BASE + "bands.dash@police-.high=0+\n").rule().startsWith("unknown key"));
    assertTrue(refused(BASE + "bands.dash@idva--service.high=0+\n").rule().startsWith("unknown key"));
    assertTrue(refused(BASE + "bands.dash@Police.high=0+\n").rule().startsWith("unknown key"));
    assertTrue(refused(BASE + "bands.dash@.high=0+\n").rule().startsWith("unknown key"));
  }

  @Test
  void aBandKeyNamesAnInstrumentAndALevelInLowerCaseLetters() {
    assertTrue(refused(BASE + "bands.dash.High=10+\n").rule().startsWith("unknown key"));
    assertTrue(refused(BASE + "bands.dash.=10+\n").rule().startsWith("unknown key"));
    assertTrue(refused(BASE + "bands.dash.hi9h=10+\n").rule().startsWith("unknown key"));
    assertTrue(refused(BASE + "bands.dash.hi{h=10+\n").rule().startsWith("unknown key"), "'{' follows 'z'");
    assertTrue(refused(BASE + "bands.dash@pol{ce.high=0+\n").rule().startsWith("unknown key"), "'{' follows 'z'");
    assertTrue(refused(BASE + "bands.dash@pol`ce.high=0+\n").rule().startsWith("unknown key"), "'`' comes before 'a'");
    assertTrue(refused(BASE + "bands.=10+\n").rule().startsWith("unknown key"));
    assertTrue(refused(BASE + "bands.Dash.high=10+\n").rule().startsWith("unknown key"));
    assertEquals("bands.dash.severe", refused(BASE + "bands.dash.severe=10+\n").field());
    assertEquals(RiskLevel.HIGH, parse("id=county\nversion=1\nbands.a.standard=0-1\nbands.a.high=2+\n").bandsFor("a").orElseThrow()
        .bandFor(2).level(), "a one-letter instrument id");
  }

  @Test
  void aServiceTakesCasesFromAMinimumScoreOfZeroOrMore() {
    ThresholdPolicy p = parse(BASE + "service.idva-service.dash.minimum-score=10\nservice.housing.dash.minimum-score=0\n");
    assertEquals(10, p.serviceThreshold(Agency.IDVA_SERVICE, "dash").orElseThrow().minimumScore());
    assertEquals(0, p.serviceThreshold(Agency.HOUSING, "dash").orElseThrow().minimumScore());
    assertEquals("service.housing.dash.minimum-score", refused(BASE + "service.housing.dash.minimum-score=-1\n").field());
    assertEquals("service.housing.dash.minimum-score", refused(BASE + "service.housing.dash.minimum-score=ten\n").field());
    assertTrue(refused(BASE + "service.housing.minimum-score=1\n").rule().startsWith("unknown key"));
    assertTrue(refused(BASE + "service..minimum-score=1\n").rule().startsWith("unknown key"));
    assertTrue(refused(BASE + "service.minimum-score=1\n").rule().startsWith("unknown key"));
    assertTrue(refused(BASE + "service.housing.Dash.minimum-score=1\n").rule().startsWith("unknown key"));
    assertTrue(refused(BASE + "service.Housing.dash.minimum-score=1\n").rule().startsWith("unknown key"));
    assertEquals("service.housing.dash.minimum-score", assertThrows(PolicyFormatException.class,
        () -> parse(BASE + "service.housing.dash.minimum-score=1x\n")).field());
  }

  @Test
  void aMaracNumberIsAWholeNumberOfOneOrMore() {
    ThresholdPolicy p = parse(BASE + "marac.minimum-age=1\nmarac.repeat.window-months=1\n");
    assertEquals(1, p.marac().minimumAge());
    assertEquals(1, p.marac().repeatWindowMonths());
    assertEquals("marac.minimum-age", refused(BASE + "marac.minimum-age=0\n").field());
    assertEquals("marac.repeat.window-months", refused(BASE + "marac.repeat.window-months=twelve\n").field());
  }

  @Test
  void aLocalMediumRiskMaracHasABandWithBothEndsForOneInstrument() {
    String instrument = "marac.medium-risk.instrument=safelives-dash-ric\n";
    ThresholdPolicy p = parse(BASE + "marac.medium-risk.band=10-13\n" + instrument);
    assertEquals(10, p.marac().mediumRiskMarac().orElseThrow().lower());
    assertEquals("safelives-dash-ric", p.marac().mediumRiskInstrument().orElseThrow());
    assertEquals("marac.medium-risk.band", refused(BASE + "marac.medium-risk.band=10+\n" + instrument).field());
    assertEquals("marac.medium-risk.band", refused(BASE + "marac.medium-risk.band=13-10\n" + instrument).field());
    assertEquals("marac.medium-risk.instrument", refused(BASE + "marac.medium-risk.band=10-13\n").field());
    assertEquals("marac.medium-risk.instrument", refused(BASE + instrument).field());
    assertEquals("marac.medium-risk.instrument", refused(BASE + "marac.medium-risk.band=10-13\nmarac.medium-risk.instrument=Dash RIC\n").field());
  }

  @Test
  void theAdultAgeIsNotBelowTheMinimumAgeAndTheRepeatTypesAreWordsOrAny() {
    assertEquals(18, parse(BASE).marac().adultAge());
    assertEquals(17, parse(BASE + "marac.adult-age=17\n").marac().adultAge());
    assertEquals("marac.adult-age", refused(BASE + "marac.adult-age=15\n").field());
    assertEquals(EnumSet.allOf(IncidentType.class),
        parse(BASE + "marac.repeat.incident-types=any\n").marac().repeatIncidentTypes());
    assertEquals(EnumSet.of(IncidentType.SEXUAL_ABUSE, IncidentType.BREACH_OF_ORDER),
        parse(BASE + "marac.repeat.incident-types=sexual-abuse,  breach-of-order\n").marac().repeatIncidentTypes());
    PolicyFormatException unknown = refused(BASE + "marac.repeat.incident-types=violence, stalking\n");
    assertEquals("marac.repeat.incident-types", unknown.field());
    assertEquals("violence", unknown.value());
    assertTrue(unknown.rule().startsWith("not an incident type (or the single word any); the words are [violence-or-threats,"), unknown.rule());
    assertEquals("marac.repeat.incident-types", refused(BASE + "marac.repeat.incident-types=\n").field());
  }

  @Test
  void bandValuesAreRangesWithOptionalSpaces() {
    ThresholdPolicy p = parse("id=county\nversion=1\nbands.dash.standard=0 -\t9\nbands.dash.high=10 +\n");
    assertEquals(9, p.bandsFor("dash").orElseThrow().bands().get(0).upper().getAsInt());
    for (String bad : new String[] {"ten+", "10+1", "10-", "10 - x", "-5", "10-13x", "99999999999+"}) {
      PolicyFormatException e = refused("id=county\nversion=1\nbands.dash.high=" + bad + "\n");
      assertEquals("bands.dash.high", e.field(), bad);
    }
  }

  @Test
  void theJsonFormAllowsSpaceAnywhereAndEmptyObjects() {
    ThresholdPolicy p = json(" \n{ \"id\" : \"county\" , \"version\":\"1\",\"marac\": { },\n"
        + "  \"bands\" :{\"dash\":{\"standard\":\"0-9\",\"high\":\"10+\"}} ,\"marac\" : {\"minimum-age\" : 18 } } \n");
    assertEquals(18, p.marac().minimumAge());
    assertEquals(RiskLevel.HIGH, p.bandsFor("dash").orElseThrow().bandFor(10).level());
  }

  @Test
  void aJsonStringTakesTheStandardEscapes() {
    ThresholdPolicy p = json("{\"id\":\"county\",\"version\":\"1\",\"bands\":{\"dash\":{\"high\":\"0+\"}},"
        + "\"description\":\"a\\\"b\\\\c\\/d\\u0041\\te\"}");
    assertEquals("a\"b\\c/dA\te", p.description());
  }

  @Test
  void brokenJsonIsRefusedByPositionWithoutEchoingIt() {
    // jackson-core reads the text; what the refusal says in words is its concern, that it is a
    // PolicyFormatException at a line and column is ours
    String head = "{\"id\":\"county\",\"version\":\"1\",\"bands\":{\"dash\":{\"high\":\"0+\"}},\"description\":";
    for (String tail : new String[] {"\"\\u12\"}", "\"\\u12G4\"}", "\"\\q\"}", "\"open", "\"open\\"}) {
      PolicyFormatException e = refusedJson(head + tail);
      assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }
  }

  @Test
  void aJsonNumberIsReadWholeAndANegativeOneIsRefusedByTheKeysRule() {
    ThresholdPolicy p = json("{\"id\":\"county\",\"version\":\"1\",\"bands\":{\"dash\":{\"high\":\"0+\"}},\"marac\":{\"minimum-age\":16}}");
    assertEquals(16, p.marac().minimumAge());
    assertEquals("marac.minimum-age", refusedJson("{\"id\":\"county\",\"version\":\"1\",\"bands\":{\"dash\":{\"high\":\"0+\"}},"
        + "\"marac\":{\"minimum-age\":-16}}").field());
    assertEquals("marac.minimum-age", refusedJson("{\"id\":\"county\",\"version\":\"1\",\"bands\":{\"dash\":{\"high\":\"0+\"}},"
        + "\"marac\":{\"minimum-age\":1.6e1}}").field());
  }

  @Test
  void aMissingFileOrResourceIsNamedAndANullOneIsRefused() {
    assertEquals("file", assertThrows(MissingValueException.class, () -> PolicyFiles.read((Path) null)).field());
    assertEquals("loader", assertThrows(MissingValueException.class, () -> PolicyFiles.readResource(null, "x.properties")).field());
    assertEquals("resource", assertThrows(MissingValueException.class,
        () -> PolicyFiles.readResource(getClass().getClassLoader(), null)).field());
    PolicyFormatException e = assertThrows(PolicyFormatException.class,
        () -> PolicyFiles.readResource(getClass().getClassLoader(), "no/such/policy.properties"));
    assertEquals("classpath:no/such/policy.properties", e.source());
    assertEquals("resource", e.field());
  }

  @Test
  void eachRefusalOfTheIdAndVersionStatesItsRule() {
    assertTrue(refused(BASE.replace("id=county", "id=County")).rule().startsWith("a policy id is lower-case letters and digits"));
    assertTrue(refused(BASE.replace("version=1", "version= ")).rule().startsWith("must not be blank"));
    assertTrue(refused("version=1\nbands.dash.high=0+\n").rule().startsWith("every policy has an id"));
    assertTrue(refused("id=county\nbands.dash.high=0+\n").rule().startsWith("every policy has a version"));
    assertTrue(refused(BASE + "marac.minimum-age=0\n").rule().startsWith("must be a whole number of 1 or more"));
  }

  @Test
  void aLevelOrAgencyWordOfLettersIsReadAsOneAndRefusedByName() {
    for (String level : new String[] {"a", "z"}) {
      PolicyFormatException e = refused(BASE + "bands.dash." + level + "=10+\n");
      assertTrue(e.rule().startsWith("the band name must be standard, medium or high"), level + ": " + e.rule());
    }
    for (String agency : new String[] {"a", "z", "a-z"}) {
      PolicyFormatException e = refused(BASE + "bands.dash@" + agency + ".high=0+\n");
      assertTrue(e.rule().startsWith("not an agency"), agency + ": " + e.rule());
    }
  }

  @Test
  void aMissingPolicyFileIsNoSuchFileAndADirectorySaysSo(@org.junit.jupiter.api.io.TempDir Path dir) {
    assertTrue(assertThrows(PolicyFormatException.class, () -> PolicyFiles.read(dir.resolve("missing.properties"))).rule()
        .startsWith("no such file"));
    assertTrue(assertThrows(PolicyFormatException.class, () -> PolicyFiles.read(dir)).rule().startsWith("is a directory"));
  }
}
