package org.safeguard.model;

import org.immutables.value.Value;

/**
 * What an instrument's scoring rule made of one response set, with the counts that say how
 * complete the answers were: yes, no, not known and not asked are each counted apart.
 */
@Value.Immutable
@ModelStyle
public abstract class Score {
  @Value.Parameter
  public abstract String instrumentId();

  @Value.Parameter
  public abstract String instrumentVersion();

  /** The score the instrument's rule gives; for the Dash checklists, the number of yes answers. */
  @Value.Parameter
  public abstract int value();

  @Value.Parameter
  public abstract int yesCount();

  @Value.Parameter
  public abstract int noCount();

  @Value.Parameter
  public abstract int notKnownCount();

  @Value.Parameter
  public abstract int notAskedCount();

  /** False when the instrument declares the assessment invalid, for example too many not known. */
  @Value.Parameter
  public abstract boolean valid();
}
