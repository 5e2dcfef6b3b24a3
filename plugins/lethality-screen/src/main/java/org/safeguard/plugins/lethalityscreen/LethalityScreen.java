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
package org.safeguard.plugins.lethalityscreen;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.Responses;

/**
 * The screen-in rule of the Lethality Screen (the Maryland Lethality Assessment Program), on the
 * yes mask: high danger on a yes to any of questions 1-3, to 4 or more of questions 4-11, or to
 * the responder's belief. Only yes counts, so not known (not answered, refused) never screens in,
 * and a yes never screens out.
 */
public final class LethalityScreen {
  /** The items in form order: questions 1-11, then the responder's belief. */
  static final List<String> ITEMS = List.of(
      "weapon-used-or-threatened",        // 1
      "threats-to-kill",                  // 2
      "believes-might-kill",              // 3
      "gun-access",                       // 4
      "choking",                          // 5
      "jealousy-or-control",              // 6
      "left-after-living-together",       // 7
      "abuser-unemployed",                // 8
      "abuser-suicide-threats",           // 9
      "child-not-abusers",                // 10
      "stalking-or-threatening-messages", // 11
      "responder-believes-in-danger");    // the responder's belief

  /** The item for the responder's belief that the victim is in a potentially lethal situation. */
  public static final String RESPONDER_BELIEF = "responder-believes-in-danger";

  /** How many yes answers to questions 4-11 screen in. */
  public static final int OTHER_QUESTIONS_NEEDED = 4;

  static final long DANGER_QUESTIONS = 0b111L;
  static final long OTHER_QUESTIONS = 0b111_1111_1000L;
  static final long BELIEF = 1L << 11;

  private LethalityScreen() {}

  /** Whether a yes mask over {@link #ITEMS} screens in. */
  static boolean screensIn(long yes) {
    return (yes & (DANGER_QUESTIONS | BELIEF)) != 0 || Long.bitCount(yes & OTHER_QUESTIONS) >= OTHER_QUESTIONS_NEEDED;
  }

  /**
   * Why these answers screened in; empty when they did not. Every rule that fired is named, not
   * only the first.
   *
   * @param responses answers to the Lethality Screen
   * @return the reasons, empty when the screen is not in
   * @throws InvalidInputException when the responses are null or not for the Lethality Screen
   */
  public static Set<ScreenInReason> reasons(Responses responses) {
    if (responses == null || !responses.instrument().id().equals(LethalityScreenProvider.ID)) {
      throw new InvalidInputException("responses.instrument",
          responses == null ? null : responses.instrument().id(), "must be answers to the Lethality Screen");
    }
    long yes = responses.yesMask();
    Set<ScreenInReason> reasons = EnumSet.noneOf(ScreenInReason.class);
    if ((yes & DANGER_QUESTIONS) != 0) {
      reasons.add(ScreenInReason.DANGER_QUESTION);
    }
    if (Long.bitCount(yes & OTHER_QUESTIONS) >= OTHER_QUESTIONS_NEEDED) {
      reasons.add(ScreenInReason.FOUR_OR_MORE_OTHER_QUESTIONS);
    }
    if ((yes & BELIEF) != 0) {
      reasons.add(ScreenInReason.RESPONDER_BELIEF);
    }
    return reasons;
  }
}
