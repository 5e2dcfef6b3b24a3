package org.safeguard.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an instrument's scoring rule made of one response set, with the counts that say how
 * complete the answers were: yes, no, not known and not asked are each counted apart (for a rating
 * instrument, how many items were rated), and the instrument's own category for the score where it
 * defines one ("positive", "extreme danger").
 */
@Value.Immutable
@ModelStyle
public abstract class Score {
  /** Only the generated implementation in this package extends it. */
  Score() {}

  public abstract String instrumentId();

  public abstract String instrumentVersion();

  /** The score the instrument's rule gives; for the Dash checklists, the number of yes answers. */
  public abstract int value();

  @Value.Default
  public int yesCount() {
    return 0;
  }

  @Value.Default
  public int noCount() {
    return 0;
  }

  @Value.Default
  public int notKnownCount() {
    return 0;
  }

  /** Items with no answer at all (for a rating instrument, items not rated and not marked not known). */
  @Value.Default
  public int notAskedCount() {
    return 0;
  }

  /** For a rating instrument, how many items were rated; 0 for a yes / no checklist. */
  @Value.Default
  public int ratedCount() {
    return 0;
  }

  /** True when the instrument's items are rated rather than answered yes or no. */
  @Value.Default
  public boolean rated() {
    return false;
  }

  /** The instrument's own category for this score, if it defines categories and the score is valid. */
  public abstract Optional<String> category();

  /** Why the instrument declares this assessment invalid, for example too many answers missing. */
  public abstract Optional<String> invalidReason();

  /** False when the instrument declares the assessment invalid. */
  public boolean valid() {
    return invalidReason().isEmpty();
  }

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Score}; building runs its checks. */
  public static final class Builder extends ImmutableScore.Builder {
    Builder() {}
  }
}
