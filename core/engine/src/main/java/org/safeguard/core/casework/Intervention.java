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

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.ModelStyle;
import org.safeguard.model.RecordDates;

/** One intervention mobilised for a case: which kind, when it started and ended, and how it turned out. */
@Value.Immutable
@ModelStyle
public abstract class Intervention {
  /** Only the generated implementation in this package extends it. */
  Intervention() {}

  /**
   * The intervention's id, unique within the case; commands find the intervention by it.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The id of an intervention kind in the catalogue.
   *
   * @return the kind's id
   */
  public abstract String kind();

  /**
   * The date the intervention started.
   *
   * @return the start date
   */
  public abstract LocalDate start();

  /**
   * The date the intervention ended.
   *
   * @return the end date, or empty while it is ongoing
   */
  public abstract Optional<LocalDate> end();

  /**
   * How the intervention turned out; {@link InterventionResult#ONGOING} until it ends.
   *
   * @return the result
   */
  @Value.Default
  public InterventionResult result() {
    return InterventionResult.ONGOING;
  }

  /**
   * Starts a builder.
   *
   * @return an empty builder; {@code build()} checks the value
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Intervention}; building runs its checks. */
  public static final class Builder extends ImmutableIntervention.Builder {
    Builder() {}
  }

  /**
   * Refuses an end before the start, an ended intervention without a result and an ongoing one
   * with an end.
   *
   * @throws InvalidInputException naming {@code intervention.end} or {@code intervention.result}
   */
  @Value.Check
  protected void check() {
    RecordDates.require("intervention.start", start());
    if (end().isPresent()) {
      RecordDates.require("intervention.end", end().get());
    }
    if (end().isPresent() && end().get().isBefore(start())) {
      throw new InvalidInputException("intervention.end", end().get(), "an intervention cannot end before it starts on " + start());
    }
    if (end().isPresent() == (result() == InterventionResult.ONGOING)) {
      throw new InvalidInputException("intervention.result", result(), "an ended intervention has a result, and only an ongoing one has no end");
    }
  }
}
