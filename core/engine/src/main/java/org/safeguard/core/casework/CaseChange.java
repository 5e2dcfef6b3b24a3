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
import org.safeguard.model.ModelStyle;

/**
 * What a command returns: the case as it now is, the events that took it there, and, for a MARAC
 * screen, the decision.
 */
@Value.Immutable
@ModelStyle
public abstract class CaseChange {
  /** Only the generated implementation in this package extends it. */
  CaseChange() {}

  /**
   * The case as the command left it; the case passed in when the command changed nothing.
   *
   * @return the case after the command
   */
  public abstract CaseFile caseFile();

  /**
   * The events the command caused, for the embedding system to persist; empty when nothing changed.
   *
   * @return the events, in the order they happened
   */
  public abstract List<CaseEvent> events();

  /**
   * The MARAC screen's decision, present after a screen whether or not it made a referral.
   *
   * @return the decision, or empty after any other command
   */
  public abstract Optional<MaracDecision> maracDecision();

  /**
   * Starts a builder.
   *
   * @return an empty builder; {@code build()} checks the value
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CaseChange}; building runs its checks. */
  public static final class Builder extends ImmutableCaseChange.Builder {
    Builder() {}
  }
}
