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
package org.safeguard.core.marac;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.safeguard.core.assessment.JudgementReason;
import org.safeguard.model.ModelStyle;

/** One MARAC route that fired, with the evidence that made it fire. */
@Value.Immutable
@ModelStyle
public abstract class RouteFinding {
  /** Only the generated implementation in this package extends it. */
  RouteFinding() {}

  /**
   * The route that fired.
   *
   * @return the route
   */
  public abstract MaracRoute route();

  /**
   * The evidence in one sentence, with no personal data.
   *
   * @return the explanation
   */
  public abstract String explanation();

  /**
   * Visible high risk, or the local medium-risk band: the score.
   *
   * @return the score, or empty for the other routes
   */
  public abstract OptionalInt score();

  /**
   * Potential escalation: the number of incidents counted in the window.
   *
   * @return the count, or empty for the other routes
   */
  public abstract OptionalInt incidentsCounted();

  /**
   * Potential escalation: the first day of the window.
   *
   * @return the date, or empty for the other routes
   */
  public abstract Optional<LocalDate> windowStart();

  /**
   * Repeat: the date of the last referral.
   *
   * @return the date, or empty for the other routes
   */
  public abstract Optional<LocalDate> lastReferral();

  /**
   * Repeat: the date of the qualifying incident.
   *
   * @return the date, or empty for the other routes
   */
  public abstract Optional<LocalDate> incidentDate();

  /**
   * Professional judgement: the id of the assessor who raised the level.
   *
   * @return the assessor's id, or empty for the other routes
   */
  public abstract Optional<String> assessorId();

  /**
   * Professional judgement: the structured reasons the assessor gave; SafeLives expects a referral
   * on judgement alone to set out its reasons.
   *
   * @return the reasons, empty for the other routes
   */
  public abstract List<JudgementReason> reasons();

  /**
   * Starts a builder.
   *
   * @return an empty builder; {@code build()} checks the value
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RouteFinding}; building runs its checks. */
  public static final class Builder extends ImmutableRouteFinding.Builder {
    Builder() {}
  }
}
