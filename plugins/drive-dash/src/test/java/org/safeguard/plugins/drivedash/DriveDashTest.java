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
package org.safeguard.plugins.drivedash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Safeguard;
import org.safeguard.core.policy.PolicyFiles;
import org.safeguard.model.Agency;
import org.safeguard.model.Answer;
import org.safeguard.model.Instrument;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.Responses;
import org.safeguard.model.Score;

/**
 * The Drive-DASH as <i>Evaluation of the Drive Project</i> (University of Bristol, 2019) used it: the
 * count of "yes" over 20 matched items, from 0 to 20; an assessment with 11 or more "not applicable
 * / not known" excluded; the first year's longer item set carried onto the matched 20.
 */
class DriveDashTest {
  static final Safeguard ENGINE = Safeguard.builder()
      .thresholdPolicy(PolicyFiles.readResource(DriveDashTest.class.getClassLoader(), "drive-dash-test-policy.properties"))
      .build();
  static final Instrument DRIVE_DASH = ENGINE.instrument(DriveDashProvider.ID);

  @Test
  void theScoreIsTheCountOfYesOverTwentyItemsFromZeroToTwenty() {
    assertEquals(20, DRIVE_DASH.itemIds().size());
    assertEquals(DriveDashProvider.ITEM_IDS, DRIVE_DASH.itemIds());
    Responses all = ENGINE.responses(DriveDashProvider.ID).yes(DRIVE_DASH.itemIds()).build();
    assertEquals(20, DRIVE_DASH.score(all).value());
    Responses none = ENGINE.responses(DriveDashProvider.ID).no(DRIVE_DASH.itemIds()).build();
    assertEquals(0, DRIVE_DASH.score(none).value());
    Responses seven = ENGINE.responses(DriveDashProvider.ID).yes(DRIVE_DASH.itemIds().subList(0, 7))
        .notKnown(DRIVE_DASH.itemIds().subList(7, 12)).no(DRIVE_DASH.itemIds().subList(12, 20)).build();
    Score score = DRIVE_DASH.score(seven);
    assertEquals(7, score.value());
    assertTrue(score.valid());
    assertEquals(Optional.empty(), score.category(), "guidance, not a cut-off: no categories of its own");
  }

  @Test
  void elevenOrMoreNotKnownIsExcludedAndTenIsNot() {
    List<String> items = DRIVE_DASH.itemIds();
    Score ten = DRIVE_DASH.score(ENGINE.responses(DriveDashProvider.ID).notKnown(items.subList(0, 10)).yes(items.subList(10, 20)).build());
    assertTrue(ten.valid());
    assertEquals(10, ten.value());
    Score eleven = DRIVE_DASH.score(ENGINE.responses(DriveDashProvider.ID).notKnown(items.subList(0, 11)).yes(items.subList(11, 20)).build());
    assertFalse(eleven.valid());
    assertTrue(eleven.invalidReason().orElseThrow().startsWith("11 answers not known"), eleven.invalidReason().toString());
  }

  @Test
  void aLongerFirstYearItemSetIsCarriedOntoTheMatchedItems() {
    Instrument yearOne = Instrument.builder().id("county-drive-dash").version("2016")
        .itemIds(yearOneItems().toArray(new String[0])).scoringRule(org.safeguard.spi.ScoringRule.yesCount()).build();
    Map<String, String> match = new LinkedHashMap<>();
    for (int i = 0; i < 20; i++) {
      match.put("y1-" + (i + 3), DriveDashProvider.ITEM_IDS.get(i)); // y1-1 and y1-2 were dropped after the first year
    }
    ItemSetMapping mapping = ItemSetMapping.of(match);
    Responses given = Responses.builder(yearOne).yes("y1-1", "y1-2", "y1-3", "y1-4").notKnown("y1-5").no("y1-6")
        .completedOn(LocalDate.of(2016, 5, 3)).completedBy(Agency.PERPETRATOR_SERVICE).source("y1-4", Agency.POLICE).build();
    Responses carried = mapping.apply(given, DRIVE_DASH);
    assertEquals(2, carried.yesCount(), "the dropped items' yes answers are left behind");
    assertEquals(Answer.YES, carried.answer("matched-02"));
    assertEquals(Answer.NOT_KNOWN, carried.answer("matched-03"));
    assertEquals(Answer.NO, carried.answer("matched-04"));
    assertEquals(Answer.NOT_ASKED, carried.answer("matched-05"));
    assertEquals(Optional.of(LocalDate.of(2016, 5, 3)), carried.completedOn());
    assertEquals(Optional.of(Agency.POLICE), carried.sourceOf("matched-02"));
    assertEquals(2, DRIVE_DASH.score(carried).value());
  }

  private static List<String> yearOneItems() {
    java.util.ArrayList<String> ids = new java.util.ArrayList<>();
    for (int i = 1; i <= 24; i++) {
      ids.add("y1-" + i);
    }
    return ids;
  }

  @Test
  void aMappingMatchesEveryMatchedItemFromOneItemOnly() {
    Map<String, String> partial = new LinkedHashMap<>();
    for (int i = 0; i < 19; i++) {
      partial.put("y1-" + i, DriveDashProvider.ITEM_IDS.get(i));
    }
    InvalidInputException missing = assertThrows(InvalidInputException.class, () -> ItemSetMapping.of(partial));
    assertTrue(missing.getMessage().contains("matched-20"), missing.getMessage());
    Map<String, String> twice = new LinkedHashMap<>(partial);
    twice.put("y1-99", "matched-01");
    assertEquals("toMatched.y1-99", assertThrows(InvalidInputException.class, () -> ItemSetMapping.of(twice)).field());
    Map<String, String> elsewhere = new LinkedHashMap<>(partial);
    elsewhere.put("y1-19", "matched-21");
    assertThrows(InvalidInputException.class, () -> ItemSetMapping.of(elsewhere));
    Map<String, String> identity = new LinkedHashMap<>();
    DriveDashProvider.ITEM_IDS.forEach(id -> identity.put(id, id));
    Instrument other = Instrument.builder().id("other").version("1").itemIds("a").scoringRule(org.safeguard.spi.ScoringRule.yesCount()).build();
    InvalidInputException foreign = assertThrows(InvalidInputException.class,
        () -> ItemSetMapping.of(identity).apply(ENGINE.responses(DriveDashProvider.ID).build(), other));
    assertEquals("driveDash", foreign.field());
  }

  @Test
  void itemsAreLabelledByTheirPlaceSinceTheWordingIsNotPublished() {
    assertEquals("Drive-DASH matched item 7", ENGINE.itemLabels(DriveDashProvider.ID, Locale.UK).get("matched-07"));
  }
}
