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

/** An answer was given for an item the instrument does not have. */
public final class UnknownItemException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * An item id the instrument does not have.
   *
   * @param itemId the unknown item id
   * @param instrumentId the instrument's id
   * @param instrumentVersion the instrument's version, since versions may differ in their items
   */
  public UnknownItemException(String itemId, String instrumentId, String instrumentVersion) {
    super("item", itemId, "instrument " + instrumentId + " " + instrumentVersion + " has no such item");
  }
}
