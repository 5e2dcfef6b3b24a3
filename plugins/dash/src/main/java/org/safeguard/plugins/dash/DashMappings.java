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

import java.util.Map;
import org.safeguard.model.Agency;
import org.safeguard.model.Answer;
import org.safeguard.model.Instrument;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.Responses;

/**
 * Carries answers between the Dash checklists. The police DASH is the RIC with three questions
 * about children and dependants added (the ACPO DASH 2009 form; SafeLives' Dash risk checklist),
 * so a police answer set maps onto the RIC item for item; an agency that receives a police DASH
 * can then band it beside its own RIC assessments.
 */
public final class DashMappings {
  private DashMappings() {}

  /**
   * The police answers as a RIC response set: the same answer (yes, no, not known, or not asked)
   * and the same recorded source for each of the 24 shared items; the three children items are
   * dropped. The completion date and agency are carried over, so the bands of the agency that
   * completed the checklist still apply.
   *
   * @param police answers to the police DASH ({@value PoliceDashProvider#ID})
   * @param ric the RIC instrument to map onto, as the engine loaded it (for example {@code
   *     safeguard.instrument("safelives-dash-ric")}), so that the result can be assessed
   * @return the answers as RIC responses, ready to assess and band like any RIC assessment
   * @throws InvalidInputException when {@code police} answers another instrument, {@code ric} is not
   *     the RIC, or either is null
   */
  public static Responses policeToRic(Responses police, Instrument ric) {
    if (police == null) {
      throw new MissingValueException("police", "the police DASH answers are required");
    }
    if (ric == null) {
      throw new MissingValueException("ric", "the RIC instrument to map onto is required");
    }
    Instrument from = police.instrument();
    if (!from.id().equals(PoliceDashProvider.ID)) {
      throw new InvalidInputException("police.instrument", from.id() + " " + from.version(),
          "only answers to the police DASH (" + PoliceDashProvider.ID + ") map onto the RIC");
    }
    if (!ric.id().equals(DashRicProvider.ID)) {
      throw new InvalidInputException("ric", ric.id() + " " + ric.version(),
          "the target must be the SafeLives Dash RIC (" + DashRicProvider.ID + ")");
    }
    Responses.Builder mapped = Responses.builder(ric);
    Map<String, Agency> sources = police.sources();
    for (String item : ric.itemIds()) {
      if (from.indexOf(item) < 0) {
        throw new InvalidInputException("ric.items", item,
            "police DASH " + from.version() + " has no such item, so cannot map onto RIC " + ric.version());
      }
      Answer answer = police.answer(item);
      if (answer != Answer.NOT_ASKED) {
        mapped.answer(item, answer);
        Agency source = sources.get(item);
        if (source != null) {
          mapped.source(item, source);
        }
      }
    }
    police.completedOn().ifPresent(mapped::completedOn);
    police.completedBy().ifPresent(mapped::completedBy);
    return mapped.build();
  }
}
