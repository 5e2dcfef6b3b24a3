package org.safeguard.core.casework;

/** What a safety-plan action is about. */
public enum ActionCategory {
  HOME_SECURITY,
  ESCAPE_PLAN,
  SAFE_COMMUNICATION,
  CHILDREN,
  LEGAL_PROTECTION,
  HOUSING,
  HEALTH,
  FINANCES,
  SUPPORT_NETWORK,
  OTHER
}
