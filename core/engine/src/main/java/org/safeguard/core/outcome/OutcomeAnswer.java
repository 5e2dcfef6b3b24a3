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
package org.safeguard.core.outcome;

/** The answer to an outcome question; a question nobody answered is not recorded, never no. */
public enum OutcomeAnswer {
  /** Yes. */
  YES,
  /** No. */
  NO,
  /** No answer was recorded; reports leave the case out of the rate rather than count it as no. */
  NOT_RECORDED
}
