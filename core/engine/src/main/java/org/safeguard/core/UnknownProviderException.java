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
package org.safeguard.core;

import java.util.Collection;
import org.safeguard.model.InvalidInputException;

/** An instrument, policy or other provider id that no loaded plugin supplies. */
public final class UnknownProviderException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * Names the id asked for and lists the ids that are loaded, so a misspelt id or a missing plugin
   * jar shows at once.
   *
   * @param kind what sort of provider was asked for, such as {@code instrument} or
   *     {@code thresholdPolicy}; it is reported as the field
   * @param id the id (and version, where one was asked for) that no loaded plugin supplies
   * @param known the ids of that kind that are loaded
   */
  public UnknownProviderException(String kind, String id, Collection<String> known) {
    super(kind, id, "no " + kind + " with this id is loaded; loaded: " + known);
  }
}
