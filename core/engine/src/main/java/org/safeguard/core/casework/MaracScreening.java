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
package org.safeguard.core.casework;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.safeguard.core.marac.MaracDecision;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.ModelStyle;

/**
 * What a MARAC screen returns: a {@link CaseChange}, so that an embedding system persists it as it
 * persists any other command's, whose decision is always there. A caller who screened reads
 * {@link #decision()}, with nothing to unwrap; code that handles every command alike still finds
 * the decision in {@link #maracDecision()}.
 */
@Value.Immutable
@ModelStyle
public abstract class MaracScreening extends CaseChange {
  /** Only the generated implementation in this package extends it. */
  MaracScreening() {}

  /**
   * The screen's decision, whether or not it made a referral: its outcome, every route weighed
   * with its evidence, and its explanation.
   *
   * @return the decision
   */
  public abstract MaracDecision decision();

  /**
   * The screen's decision, as every {@link CaseChange} offers it.
   *
   * @return {@link #decision()}, always present
   */
  @Override
  public final Optional<MaracDecision> maracDecision() {
    return Optional.of(decision());
  }

  /**
   * A screen's result.
   *
   * @param caseFile the case after the screen: with the referral when one was made, otherwise as
   *     it was
   * @param events the events the screen caused: the referral made, or none
   * @param decision the decision
   * @return the screening
   * @throws MissingValueException naming the parameter when one is null, or an event is
   */
  public static MaracScreening of(CaseFile caseFile, List<CaseEvent> events, MaracDecision decision) {
    return new ImmutableMaracScreening.Builder()
        .caseFile(MissingValueException.require("caseFile", caseFile))
        .addAllEvents(MissingValueException.requireList("events", events))
        .decision(MissingValueException.require("decision", decision))
        .build();
  }
}
