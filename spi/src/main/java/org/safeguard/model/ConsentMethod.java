package org.safeguard.model;

/** How a victim's consent was recorded. */
public enum ConsentMethod {
  VERBAL,
  WRITTEN,
  ELECTRONIC
}
