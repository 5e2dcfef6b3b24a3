package org.safeguard.core.assessment;

import java.util.Map;
import org.safeguard.model.Assessment;
import org.safeguard.model.Band;
import org.safeguard.model.BandTable;
import org.safeguard.model.ImmutableAssessment;
import org.safeguard.model.Instrument;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.Responses;
import org.safeguard.model.Score;
import org.safeguard.model.ThresholdPolicy;

/**
 * Scores response sets and places them in the bands of one threshold policy. Immutable and
 * thread-safe; assessing is a popcount, a short band search and one small object.
 */
public final class Assessor {
  private final ThresholdPolicy policy;
  private final Map<String, BandTable> bands;

  public Assessor(ThresholdPolicy policy) {
    this.policy = policy;
    this.bands = policy.bands();
  }

  public ThresholdPolicy policy() {
    return policy;
  }

  /**
   * Scores the responses with their instrument's rule and bands the score.
   *
   * @throws InvalidInputException when the policy sets no bands for the instrument
   */
  public Assessment assess(Responses responses) {
    Instrument instrument = responses.instrument();
    BandTable table = bands.get(instrument.id());
    if (table == null) {
      throw new InvalidInputException("responses.instrument", instrument.id(),
          "threshold policy " + policy.id() + " " + policy.version() + " sets no bands for this instrument; it covers " + bands.keySet());
    }
    Score score = instrument.score(responses);
    Band band = table.bandFor(score.value());
    return ImmutableAssessment.builder()
        .score(score)
        .band(band)
        .computedLevel(band.level())
        .policyId(policy.id())
        .policyVersion(policy.version())
        .build();
  }
}
