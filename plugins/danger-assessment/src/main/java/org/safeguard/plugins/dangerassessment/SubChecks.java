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
package org.safeguard.plugins.dangerassessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.safeguard.model.Answer;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.Responses;

/**
 * The four sub-checks of the Danger Assessment form and how they are held.
 *
 * <p>Each sub-check is an item of its own, answered yes (ticked) or left out, right after its item
 * in form order, and carries a weight from the licence holder's file like any other item, so the
 * licensed scoring sheet alone decides what a tick is worth (0 when it only marks the item as not
 * applying). The score stays a plain weighted sum of yes answers, and since every weight is 0 or
 * more a yes never lowers it.
 *
 * <ul>
 *   <li>3a {@code never-lived-together}: item 3 (left after living together) does not apply;
 *   <li>5a {@code weapon-was-gun}: the weapon of item 5 was a gun; it adds to a yes on item 5;
 *   <li>13a {@code control-resisted}: the abuser tries to control daily activities but the victim
 *       resists; the alternative to a yes on item 13;
 *   <li>15a {@code never-pregnant-by-abuser}: item 15 (beaten while pregnant) does not apply.
 * </ul>
 *
 * <p>A tick that contradicts its item (3a, 13a or 15a with a yes to the item; 5a with a no to item
 * 5) leaves the score computed but marks it invalid, and an invalid score gets no danger level,
 * so the form is checked before the score is used. The reason given counts the contradictions without naming them, so that a logged score
 * never reveals an answer; {@link #contradicted} names them for the practitioner's screen.
 */
public final class SubChecks {
  /** Sub-check id to the id of its item. */
  public static final Map<String, String> ITEM_OF = Map.of(
      "never-lived-together", "left-after-living-together",
      "weapon-was-gun", "weapon-used-or-threatened",
      "control-resisted", "controls-daily-activities",
      "never-pregnant-by-abuser", "beaten-while-pregnant");

  /** The one sub-check that adds detail to a yes; the others stand instead of a yes. */
  static final String ALONGSIDE_YES = "weapon-was-gun";

  private SubChecks() {}

  /**
   * The sub-checks ticked against their item's answer, in form order: 3a, 13a or 15a with a yes to
   * the item, or 5a with a no to item 5. Empty when the form is consistent.
   *
   * @param responses answers to the Danger Assessment
   * @return the ids of the contradicted sub-checks, for the practitioner's screen, not for a log
   * @throws InvalidInputException when the responses are null or not for the Danger Assessment
   */
  public static List<String> contradicted(Responses responses) {
    if (responses == null || !responses.instrument().id().equals(DangerAssessmentProvider.ID)) {
      throw new InvalidInputException("responses.instrument",
          responses == null ? null : responses.instrument().id(), "must be answers to the Danger Assessment");
    }
    List<String> found = new ArrayList<>();
    for (String item : responses.instrument().itemIds()) {
      String parent = ITEM_OF.get(item);
      if (parent != null && responses.answer(item) == Answer.YES && contradicts(item, responses.answer(parent))) {
        found.add(item);
      }
    }
    return List.copyOf(found);
  }

  static boolean contradicts(String subCheck, Answer itemAnswer) {
    return subCheck.equals(ALONGSIDE_YES) ? itemAnswer == Answer.NO : itemAnswer == Answer.YES;
  }
}
