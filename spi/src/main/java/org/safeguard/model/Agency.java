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

/**
 * Agencies that report incidents or supply information, as they appear on MARAC referral forms,
 * and the agencies a perpetrator's case manager works with.
 * Any agency's knowledge counts towards escalation and repeat MARAC, not only police call-outs.
 */
public enum Agency {
  /** The police, including first responders who complete the police DASH. */
  POLICE,
  /** An independent domestic violence advisor (IDVA) service. */
  IDVA_SERVICE,
  /** A specialist domestic-abuse service other than the IDVA service, such as refuge or outreach. */
  SPECIALIST_DOMESTIC_ABUSE_SERVICE,
  /** Health services: GPs, hospitals, maternity, mental health. */
  HEALTH,
  /** Children's social care. */
  CHILDREN_SOCIAL_CARE,
  /** Adult social care. */
  ADULT_SOCIAL_CARE,
  /** Housing providers and the local housing authority. */
  HOUSING,
  /** Probation. */
  PROBATION,
  /** Schools and other education providers. */
  EDUCATION,
  /** Prisons, for a perpetrator in custody. */
  PRISON,
  /** The courts, criminal, civil and family. */
  COURTS,
  /** Substance-misuse treatment services. */
  SUBSTANCE_MISUSE_SERVICE,
  /**
   * The perpetrator service itself (a Drive-style case manager's own team), for work the case
   * manager does with no other agency.
   */
  PERPETRATOR_SERVICE,
  /** Any agency not listed, such as a voluntary-sector service. */
  OTHER
}
