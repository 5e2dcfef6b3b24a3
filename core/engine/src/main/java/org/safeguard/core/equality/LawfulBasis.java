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
package org.safeguard.core.equality;

/**
 * The condition under which a special-category answer is recorded (UK GDPR Article 9(2), with the
 * Data Protection Act 2018, Schedule 1, where the condition needs it). An answer is recorded only
 * with one of these; which one applies is the service's decision, made with its data protection
 * officer, not the library's.
 */
public enum LawfulBasis {
  /** Article 9(2)(a): the person's explicit consent. */
  EXPLICIT_CONSENT,
  /** Article 9(2)(g) with Schedule 1, paragraph 8: monitoring equality of opportunity or treatment. */
  EQUALITY_MONITORING,
  /** Article 9(2)(g) with Schedule 1, paragraph 18: safeguarding children and individuals at risk. */
  SAFEGUARDING,
  /** Article 9(2)(c): the person's vital interests, where they cannot consent. */
  VITAL_INTERESTS
}
