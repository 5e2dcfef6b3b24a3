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
 * When a supplementary instrument is offered: after a yes to one item of another instrument, as
 * S-DASH follows a yes to the Dash stalking question (the ACPO DASH 2009 form, question 8).
 */
@Value.Immutable
@ModelStyle
public abstract class SupplementTrigger {
  /** Only the generated implementation in this package extends it. */
  SupplementTrigger() {}

  /**
   * The family of the instrument whose answer triggers the supplement, for example {@code dash}.
   * A family, not one instrument, so that one trigger serves every checklist of the family.
   *
   * @return the family id
   */
  @Value.Parameter
  public abstract String family();

  /**
   * The item whose yes triggers the supplement, for example {@code stalking-or-harassment}.
   *
   * @return the item id
   */
  @Value.Parameter
  public abstract String itemId();

  /**
   * A trigger on one item of an instrument family.
   *
   * @param family the family of the instrument answered first
   * @param itemId the item whose yes offers the supplement
   * @return the trigger
   */
  public static SupplementTrigger of(String family, String itemId) {
    return ImmutableSupplementTrigger.of(family, itemId);
  }
}
