package org.safeguard.core.casework;

/** How a contact with the victim was made. */
public enum ContactChannel {
  /** In person. */
  FACE_TO_FACE,
  /** By telephone. */
  PHONE,
  /** By video call. */
  VIDEO,
  /** By text message or email. */
  TEXT_OR_EMAIL,
  /** By letter. */
  LETTER,
  /** Going with the victim to court, a solicitor or another agency. */
  ACCOMPANIMENT
}
