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
package org.safeguard.core.perpetrator;

/**
 * What multi-agency work set out to do: disrupt the perpetrator's abuse, support the perpetrator
 * (with housing, health, substance misuse), or both at once (<i>Evaluation of the Drive
 * Project</i>, University of Bristol, 2019).
 */
public enum WorkObjective {
  /** To disrupt: limit the perpetrator's opportunity to harm. */
  DISRUPT,
  /** To support the perpetrator with a need. */
  SUPPORT,
  /** Support and disrupt together. */
  SUPPORT_AND_DISRUPT
}
