package org.safeguard.core.internal;

import java.util.Optional;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.assessment.ProfessionalJudgement;
import org.safeguard.model.Band;
import org.safeguard.model.BandTable;
import org.safeguard.model.Instrument;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.Responses;
import org.safeguard.model.Score;
import org.safeguard.model.ThresholdPolicy;

/**
 * Scores response sets and places them in the bands of one threshold policy: the bands of the
 * agency that completed the checklist where the policy sets them, otherwise its general bands.
 * Immutable and thread-safe; assessing is a popcount, a short band search and one small object.
 * It trusts the instrument inside the responses: {@link org.safeguard.core.Safeguard#assess}
 * checks it is the one the engine loaded.
 */
public final class Assessor {
  private final ThresholdPolicy policy;

  public Assessor(ThresholdPolicy policy) {
    this.policy = policy;
  }

  public ThresholdPolicy policy() {
    return policy;
  }

  /**
   * Scores the responses with their instrument's rule and bands the score.
   *
   * @throws InvalidInputException when the policy sets no bands for the instrument, when the
   *     instrument marks the answers invalid (too much missing, contradictory ticks), or when it
   *     computes no level: then use {@link #assess(Responses, ProfessionalJudgement)}
   */
  public Assessment assess(Responses responses) {
    Instrument instrument = responses.instrument();
    if (!instrument.computesLevel()) {
      throw new MissingValueException("judgement");
    }
    BandTable table = bands(instrument, responses);
    Score score = instrument.score(responses);
    if (!score.valid()) {
      throw new InvalidInputException("responses", instrument.id() + " " + instrument.version(),
          "the instrument marks these answers invalid (" + score.invalidReason().get()
              + "), so no level is computed from them; assess with a professional judgement instead");
    }
    Band band = table.bandFor(score.value());
    return Assessment.builder()
        .score(score)
        .band(band)
        .computedLevel(band.level())
        .policyId(policy.id())
        .policyVersion(policy.version())
        .build();
  }

  /**
   * Assesses with the practitioner's judgement: the summary level of an instrument that computes
   * none, or of answers the instrument marks invalid; otherwise an override that must raise the
   * computed level.
   */
  public Assessment assess(Responses responses, ProfessionalJudgement judgement) {
    Instrument instrument = responses.instrument();
    Score score = instrument.score(responses);
    if (instrument.computesLevel() && score.valid()) {
      return assess(responses).raisedBy(judgement);
    }
    return Assessment.builder()
        .score(score)
        .judgement(judgement)
        .policyId(policy.id())
        .policyVersion(policy.version())
        .build();
  }

  private BandTable bands(Instrument instrument, Responses responses) {
    Optional<BandTable> table = policy.bandsFor(instrument.id(), responses.completedBy());
    if (table.isEmpty()) {
      throw new InvalidInputException("responses.instrument", instrument.id(),
          "threshold policy " + policy.id() + " " + policy.version() + " sets no bands for this instrument; it covers "
              + policy.bands().keySet());
    }
    return table.get();
  }
}
