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
package org.safeguard.model;

import org.immutables.value.Value;

/**
 * A kind of intervention an IDVA mobilises, from a catalogue: the standard one holds the eighteen of
 * <i>Safety in Numbers</i> (CAADA, 2009), Table 4, and plugins may add more.
 */
@Value.Immutable
@ModelStyle
public abstract class InterventionKind {
  /** Only the generated implementation in this package extends it. */
  InterventionKind() {}

  /**
   * Stable id, unique across every catalogue the engine loads, for example {@code safety-planning}.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String id();

  /**
   * A short description in plain words, as a practitioner reads it.
   *
   * @return the description
   */
  @Value.Parameter
  public abstract String description();

  /**
   * A kind with a stable id (lower-case words joined by hyphens) and a short description.
   *
   * @param id the stable id
   * @param description the description in plain words
   * @return the kind
   * @throws InvalidInputException when the id is not lower-case words joined by hyphens
   */
  public static InterventionKind of(String id, String description) {
    return ImmutableInterventionKind.of(id, description);
  }

  /** Runs when a kind is built: the id follows {@link StableId}. */
  @Value.Check
  protected void check() {
    StableId.require("interventionKind.id", id());
  }
}
