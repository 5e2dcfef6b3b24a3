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

/**
 * The outcome questions asked at review (T2), as in the evaluation's outcome tables
 * (Safety in Numbers (CAADA, 2009), Figures 7 and 8). Cessation of abuse is not asked: it is
 * derived by comparing the abuse present at T1 and T2.
 */
public enum OutcomeQuestion {
  /** The IDVA judges that risk has reduced. */
  RISK_REDUCED,
  /** The victim says she feels safer. */
  FEELS_SAFER,
  /** The victim's quality of life has improved. */
  QUALITY_OF_LIFE_IMPROVED,
  /** The victim's ability to cope has improved. */
  COPING_IMPROVED,
  /** The victim's social support has improved. */
  SOCIAL_SUPPORT_IMPROVED
}
