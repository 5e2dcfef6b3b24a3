package org.safeguard.core.casework;

/** How a contact with the victim was made. */
public enum ContactChannel {
  FACE_TO_FACE,
  PHONE,
  VIDEO,
  TEXT_OR_EMAIL,
  LETTER,
  /** Going with the victim to court, a solicitor or another agency. */
  ACCOMPANIMENT
}
