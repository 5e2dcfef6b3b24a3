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
 * One question on an instrument, known by a stable id such as {@code threats-to-kill}. The label a
 * person reads lives in the instrument's resource bundle under the same id, so that licensed
 * wording or another language can be loaded without code changes.
 */
@Value.Immutable
@ModelStyle
public abstract class Item {
  /** Only the generated implementation in this package extends it. */
  Item() {}

  /**
   * The stable id: lower-case words joined by hyphens.
   *
   * @return the id, also the key of the item's label
   */
  @Value.Parameter
  public abstract String id();

  /**
   * An item with a stable id.
   *
   * @param id the id, lower-case words joined by hyphens
   * @return the item
   * @throws InvalidInputException when the id breaks that rule
   */
  public static Item of(String id) {
    return ImmutableItem.of(StableId.require("item.id", id));
  }
}
