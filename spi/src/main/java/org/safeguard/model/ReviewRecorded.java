package org.safeguard.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/** A review (T2). */
@Value.Immutable
@ModelStyle
public abstract non-sealed class ReviewRecorded implements CaseEvent {
  @Override
  @Value.Parameter
  public abstract String caseId();

  @Override
  @Value.Parameter
  public abstract long revision();

  @Value.Parameter
  public abstract Review review();

  @Override
  public LocalDate on() {
    return review().on();
  }

  @Override
  public CaseEventType type() {
    return CaseEventType.REVIEW_RECORDED;
  }

  public static ReviewRecorded of(String caseId, long revision, Review review) {
    return ImmutableReviewRecorded.of(caseId, revision, review);
  }
}
