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
package org.safeguard.core.casework;

/**
 * Risk factors recorded at intake and review, as the evaluation counted them
 * (Safety in Numbers (CAADA, 2009), Tables 1, 2 and 3).
 */
public enum RiskFactor {
  // Table 3: aspects of abusive behaviour and contextual risks
  /** Jealous and controlling behaviour. */
  JEALOUS_AND_CONTROLLING_BEHAVIOUR,
  /** The abuse is escalating. */
  ESCALATION,
  /** The perpetrator has threatened to kill the victim. */
  THREATS_TO_KILL_VICTIM,
  /** The victim has been strangled or choked. */
  STRANGULATION_OR_CHOKING,
  /** The current incident resulted in injuries. */
  CURRENT_INCIDENT_INJURIES,
  /** Stalking. */
  STALKING,
  /** Sexual abuse that makes the victim feel bad. */
  SEXUAL_ABUSE,
  /** Use of weapons. */
  USE_OF_WEAPONS,
  /** The perpetrator has threatened to kill others. */
  THREATS_TO_KILL_OTHERS,
  /** The perpetrator has threatened to kill another intimate partner. */
  THREATS_TO_KILL_OTHER_PARTNER,
  // Table 2: the perpetrator
  /** The perpetrator abuses alcohol. */
  PERPETRATOR_ALCOHOL_ABUSE,
  /** The perpetrator has a criminal record. */
  PERPETRATOR_CRIMINAL_RECORD,
  /** The perpetrator has financial problems. */
  PERPETRATOR_FINANCIAL_PROBLEMS,
  /** The perpetrator abuses drugs. */
  PERPETRATOR_DRUG_ABUSE,
  /** The perpetrator has threatened suicide. */
  PERPETRATOR_SUICIDE_THREATS,
  /** The perpetrator has mental-health problems. */
  PERPETRATOR_MENTAL_HEALTH,
  /** The perpetrator has a criminal record for domestic abuse. */
  PERPETRATOR_DOMESTIC_ABUSE_RECORD,
  // Table 1: children
  /** Conflict over child contact. */
  CHILD_CONTACT_CONFLICT,
  /** The victim is afraid of harm to the children. */
  FEAR_OF_HARM_TO_CHILDREN,
  /** The perpetrator has threatened to kill the children. */
  THREATS_TO_KILL_CHILDREN
}
