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
  CASE_CLOSED
}
