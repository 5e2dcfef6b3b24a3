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
package org.safeguard.plugins.lethalityscreen;

/**
 * Why a Lethality Screen screened in; more than one may apply (the Maryland Lethality Assessment
 * Program).
 */
public enum ScreenInReason {
  /** A yes to any of questions 1-3 (weapon, threats to kill, the victim thinks they might be killed). */
  DANGER_QUESTION,
  /** Yes to 4 or more of questions 4-11. */
  FOUR_OR_MORE_OTHER_QUESTIONS,
  /** The responder believes the victim is in a potentially lethal situation. */
  RESPONDER_BELIEF
}
