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

/** What a {@link CaseEvent} records; a stable tag for storing and dispatching events. */
public enum CaseEventType {
  /** A {@link CaseOpened}. */
  CASE_OPENED,
  /** A {@link SafetyPlanRevised}. */
  SAFETY_PLAN_REVISED,
  /** An {@link InterventionStarted}. */
  INTERVENTION_STARTED,
  /** An {@link InterventionEnded}. */
  INTERVENTION_ENDED,
  /** A {@link ContactRecorded}. */
  CONTACT_RECORDED,
  /** An {@link IncidentRecorded}. */
  INCIDENT_RECORDED,
  /** A {@link MaracReferralMade}. */
  MARAC_REFERRAL_MADE,
  /** A {@link MaracMeetingSet}. */
  MARAC_MEETING_SET,
  /** A {@link ReviewRecorded}. */
  REVIEW_RECORDED,
  /** A {@link ConsentRecorded}. */
  CONSENT_RECORDED,
  /** An {@link InformationShared}. */
  INFORMATION_SHARED,
  /** A {@link CaseClosed}. */
  CASE_CLOSED,
  /** An {@link IntakeRecorded}; last, so that the earlier tags keep their positions. */
  INTAKE_RECORDED
}
