package org.safeguard.core.outcome;

/**
 * How severe one type of abuse is. The evaluation separates severe abuse (injuries, strangulation,
 * rape and other sexual abuse, stalking, extreme jealous and controlling behaviour including
 * threats to harm children) from the rest (seeds/000_94b07d5065788c30.txt, Finding 1).
 */
public enum Severity {
  MODERATE,
  SEVERE
}
