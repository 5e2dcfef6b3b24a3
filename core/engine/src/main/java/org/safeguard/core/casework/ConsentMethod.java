package org.safeguard.core.casework;

/** How a victim's consent was recorded. */
public enum ConsentMethod {
  /** Given aloud, in person or by phone, and noted by the practitioner. */
  VERBAL,
  /** Signed on paper. */
  WRITTEN,
  /** Given through an electronic form or signature. */
  ELECTRONIC
}
