package org.safeguard.core.casework;

/** What a {@link CaseEvent} records; a stable tag for storing and dispatching events. */
public enum CaseEventType {
  CASE_OPENED,
  SAFETY_PLAN_REVISED,
  INTERVENTION_STARTED,
  INTERVENTION_ENDED,
  CONTACT_RECORDED,
  INCIDENT_RECORDED,
  MARAC_REFERRAL_MADE,
  MARAC_MEETING_SET,
  REVIEW_RECORDED,
  CONSENT_RECORDED,
  INFORMATION_SHARED,
  CASE_CLOSED
}
