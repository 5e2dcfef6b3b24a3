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
package org.safeguard.plugins.dash;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.safeguard.model.Answer;
import org.safeguard.model.Instrument;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.Responses;
import org.safeguard.model.SupplementTrigger;

/**
 * Which supplements a completed checklist calls for, read from each supplement's {@link
 * Instrument#offeredAfter() triggers}: S-DASH after a yes to the Dash stalking item. Only a yes
 * triggers; no, not known and not asked do not. Works for any instrument that declares triggers,
 * not only the Dash family.
 */
public final class DashSupplements {
  private DashSupplements() {}

  /**
   * Whether {@code supplement} is offered after these answers: one of its triggers names the
   * answers' instrument family and an item of that instrument answered yes.
   *
   * @param supplement the instrument that may be offered, such as S-DASH
   * @param answers the completed checklist
   * @return true when a trigger's item was answered yes
   * @throws InvalidInputException when either argument is null
   */
  public static boolean isOffered(Instrument supplement, Responses answers) {
    require("supplement", supplement);
    require("answers", answers);
    Instrument answered = answers.instrument();
    for (SupplementTrigger trigger : supplement.offeredAfter()) {
      if (trigger.family().equals(answered.family())
          && answered.indexOf(trigger.itemId()) >= 0
          && answers.answer(trigger.itemId()) == Answer.YES) {
        return true;
      }
    }
    return false;
  }

  /**
   * The instruments among {@code candidates} (for example {@code safeguard.instruments().values()})
   * offered after these answers, in the candidates' order.
   *
   * @param candidates the instruments to consider; those that declare no trigger are never offered
   * @param answers the completed checklist
   * @return the instruments offered, empty when none is
   * @throws InvalidInputException when {@code candidates} or one of them is null, or when
   *     {@code answers} is null and there is any candidate
   */
  public static List<Instrument> offeredAfter(Collection<Instrument> candidates, Responses answers) {
    require("candidates", candidates);
    List<Instrument> offered = new ArrayList<>();
    for (Instrument candidate : candidates) {
      if (isOffered(candidate, answers)) {
        offered.add(candidate);
      }
    }
    return List.copyOf(offered);
  }

  private static <T> T require(String field, T value) {
    if (value == null) {
      throw new MissingValueException(field, "must not be null");
    }
    return value;
  }
}
