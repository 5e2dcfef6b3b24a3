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
 * The four types of abuse the IDVA evaluation recorded at intake (T1) and review (T2)
 * (Safety in Numbers (CAADA, 2009), Figures 4 and 5; the Evaluation of the Drive Project
 * (University of Bristol, 2019) uses the same four).
 */
public enum AbuseType {
  /** Physical abuse. */
  PHYSICAL,
  /** Sexual abuse, including rape. */
  SEXUAL,
  /** Harassment and stalking. */
  HARASSMENT_AND_STALKING,
  /** Jealous and controlling behaviour. */
  JEALOUS_AND_CONTROLLING
}
