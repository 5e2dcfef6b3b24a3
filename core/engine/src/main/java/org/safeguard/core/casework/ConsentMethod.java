package org.safeguard.core.casework;

/** How a victim's consent was recorded. */
public enum ConsentMethod {
  VERBAL,
  WRITTEN,
  ELECTRONIC
}
