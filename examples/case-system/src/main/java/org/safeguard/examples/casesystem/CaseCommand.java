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
package org.safeguard.examples.casesystem;

import org.safeguard.core.Casework;
import org.safeguard.core.casework.CaseChange;
import org.safeguard.core.casework.CaseFile;

/** One of Safeguard's case commands, as the case system runs it on a case it has read. */
@FunctionalInterface
public interface CaseCommand {
  /**
   * Runs the command.
   *
   * @param casework the engine's casework
   * @param file the case as read, at the version the write will name
   * @return the change the command made
   */
  CaseChange apply(Casework casework, CaseFile file);
}
