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
package org.safeguard.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.logcapture.CapturedLogs;
import org.safeguard.model.Instrument;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.Responses;
import org.safeguard.spi.InstrumentProvider;
import org.safeguard.spi.ScoringRule;
import org.safeguard.spi.SetupContext;

/**
 * The engine's own edges, each on an engine built in the test: which policy of a dated family is in
 * force (a county replacing its bands, as the <i>Hertfordshire Domestic Abuse Review</i>, CAADA,
 * 2014 describes), configuration values at their limits, labels that fail to load, and the one line
 * a host may log at start.
 */
class EngineEdgesTest {
  private static Safeguard.Builder county() {
    return Safeguard.builder()
        .addInstrument(new Fixtures.ChecklistProvider())
        .addThresholdPolicy(new PolicyFeaturesTest.ResourcePolicy("county-2014", "2014", "policies/county-2014.properties"))
        .addThresholdPolicy(new PolicyFeaturesTest.ResourcePolicy("county-2019", "2019", "policies/county-2019.properties"));
  }

  @BeforeEach
  void clearLogs() {
    CapturedLogs.clear();
  }

  @Test
  void aPolicyNamedByItsIdIsInForceAloneThoughItBelongsToAFamily() {
    Safeguard only2019 = county().thresholdPolicy("county-2019").build();
    assertEquals("county-2019", only2019.policy().id());
    assertEquals("county-2019", only2019.assess(only2019.responses("test-checklist").completedOn(LocalDate.of(2019, 4, 1)).build())
        .policyId());
    assertThrows(InvalidInputException.class,
        () -> only2019.assess(only2019.responses("test-checklist").completedOn(LocalDate.of(2016, 1, 1)).build()),
        "before its start no policy of the one named is in force");
  }

  @Test
  void aFamilyPutsEachPolicyInForceOnItsDatesAndUndatedAnswersUseTheClock() {
    Safeguard family = county().thresholdPolicy("county").clock(Clock.fixed(Instant.parse("2016-05-01T12:00:00Z"), ZoneOffset.UTC))
        .build();
    assertEquals("county-2014", family.assess(family.responses("test-checklist").build()).policyId(), "today is 2016-05-01");
    assertEquals("county-2019", family.assess(family.responses("test-checklist").completedOn(LocalDate.of(2020, 1, 1)).build())
        .policyId());
    assertEquals("Safeguard{instruments=[test-checklist@1], policies in force=[county-2014 2014, county-2019 2019], plugin problems=0}",
        family.toString());
  }

  @Test
  void aSettingIsOneLineOfAtMost4096Characters() {
    String longest = "x".repeat(Safeguard.Builder.MAX_SETTING_LENGTH);
    Safeguard.builder().configure("test-checklist", "weights", longest);
    InvalidInputException tooLong = assertThrows(InvalidInputException.class,
        () -> Safeguard.builder().configure("test-checklist", "weights", longest + "x"));
    assertEquals("configure.test-checklist.weights", tooLong.field());
    assertEquals("(4097 characters)", tooLong.value());
    for (String separator : new String[] {"\n", "\r", "\u0000", "\u2028", "\u2029"}) {
      assertThrows(InvalidInputException.class, () -> Safeguard.builder().configure("test-checklist", "weights", "a" + separator + "b"),
          "U+" + Integer.toHexString(separator.charAt(0)));
    }
  }

  @Test
  void aSettingIsMadeOnceUnlessTheSameValueIsGivenAgain() {
    Safeguard.Builder b = Safeguard.builder().configure("test-checklist", "weights", "1,2").configure("test-checklist", "weights", "1,2")
        .configure("test-checklist", "scale", "5");
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> b.configure("test-checklist", "weights", "2,1"));
    assertEquals("(withheld)", e.value());
  }

  @Test
  void labelsThatFailToLoadLeaveTheItemsLabelledByIdAndAreReportedOnce() {
    InstrumentProvider failing = new InstrumentProvider() {
      @Override
      public String id() {
        return "failing-labels";
      }

      @Override
      public String version() {
        return "1";
      }

      @Override
      public Instrument load(SetupContext context) {
        return Instrument.builder(context).itemIds("a", "b").scoringRule(ScoringRule.yesCount()).labels(locale -> {
          throw new IllegalStateException("bundle broken");
        }).build();
      }
    };
    Safeguard s = Safeguard.builder().addInstrument(failing).addInstrument(new Fixtures.ChecklistProvider())
        .addThresholdPolicy(new Fixtures.PolicyProvider()).thresholdPolicy("test-policy").build();
    assertEquals(Map.of("a", "a", "b", "b"), s.itemLabels("failing-labels", Locale.UK));
    assertEquals(Map.of("a", "a", "b", "b"), s.itemLabels("failing-labels", Locale.FRANCE));
    List<String> warnings = CapturedLogs.lines().stream().filter(l -> l.contains("failing-labels")).toList();
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).contains("its labels failed to load (java.lang.IllegalStateException)"), warnings.get(0));
  }

  @Test
  void anInstrumentVersionNotLoadedIsRefusedListingTheLoadedOnes() {
    Safeguard s = Fixtures.engine();
    UnknownProviderException e = assertThrows(UnknownProviderException.class, () -> s.instrument("test-checklist", "2"));
    assertEquals("test-checklist 2", e.value());
    assertTrue(e.rule().contains("test-checklist@1"), e.rule());
    Responses r = s.responses("test-checklist", "1").yes("a").build();
    assertEquals(1, s.assess(r).score().value());
  }
}
