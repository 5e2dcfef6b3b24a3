package org.safeguard.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * The ratings an instrument's items take instead of yes / no: the labels in order, the first worth
 * {@link #lowest()} points and each next one a point more. HITS rates 1 (never) to 5 (frequently);
 * a structured-professional-judgement tool rates 0 (absent), 1 (partial), 2 (present).
 */
@Value.Immutable
@ModelStyle
public abstract class RatingScale {
  /** Only the generated implementation in this package extends it. */
  RatingScale() {}

  @Value.Parameter
  public abstract int lowest();

  /** The labels, lowest first, as lower-case words joined by hyphens. */
  @Value.Parameter
  public abstract List<String> labels();

  public static RatingScale of(int lowest, String... labels) {
    return ImmutableRatingScale.of(lowest, List.of(labels));
  }

  public int highest() {
    return lowest() + labels().size() - 1;
  }

  /** The value of a label, or throws naming the field. */
  public int valueOf(String field, String label) {
    int i = label == null ? -1 : labels().indexOf(label.trim().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
    if (i < 0) {
      throw new AnswerOutOfScaleException(field, label, "a rating is one of " + labels());
    }
    return lowest() + i;
  }

  public String labelOf(int value) {
    return labels().get(value - lowest());
  }

  @Value.Check
  protected void check() {
    if (labels().size() < 2 || labels().size() > 100) {
      throw new InvalidInputException("ratingScale.labels", labels().size(), "a rating scale has between 2 and 100 labels");
    }
    if (lowest() < 0) {
      throw new InvalidInputException("ratingScale.lowest", lowest(), "ratings start at 0 or above");
    }
  }
}
