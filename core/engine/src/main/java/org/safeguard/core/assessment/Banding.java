/*
 * Copyright 2026 the Safeguard maintainers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.safeguard.core.assessment;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeguard.model.BandTable;
import org.safeguard.model.CompletenessRule;
import org.safeguard.model.Instrument;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.PluginFailureException;
import org.safeguard.model.Responses;
import org.safeguard.model.ThresholdPolicy;
import org.safeguard.spi.ScoringRule;

/**
 * One instrument's answers placed in one band table of one policy, checked once: the instrument
 * computes a level and the table is the instrument's. Each {@link #assess} then scores, counts and
 * bands the answers with a few reads and one small object. The engine keeps one for each loaded
 * instrument under the policy in force (and for each agency with bands of its own); a batch job
 * scoring many answers to one instrument under one table can keep one too. Immutable and
 * thread-safe.
 */
public final class Banding {
  private final Instrument instrument;
  private final ScoringRule rule;
  /** Not known answers at or over this are too few for a level; {@code Integer.MAX_VALUE} when the instrument sets no limit. */
  private final int notKnownLimit;
  private final long allItems;
  private final BandTable bands;
  private final ThresholdPolicy policy;
  /** The policy's completeness rule for the instrument; null when it sets none. */
  private final @Nullable CompletenessRule completeness;

  private Banding(Instrument instrument, BandTable bands, ThresholdPolicy policy) {
    this.instrument = instrument;
    this.rule = instrument.scoringRule();
    this.notKnownLimit = instrument.notKnownLimit().orElse(Integer.MAX_VALUE);
    this.allItems = instrument.allItemsMask();
    this.bands = bands;
    this.policy = policy;
    this.completeness = policy.completenessFor(instrument.id()).orElse(null);
  }

  /**
   * Checks that the table can band the instrument's scores.
   *
   * @param instrument the instrument whose answers will be assessed
   * @param bands the policy's band table for that instrument
   * @param policy the policy the table belongs to
   * @return the banding
   * @throws MissingValueException when the instrument computes no level: assess it with a judgement
   * @throws InvalidInputException when the table is for another instrument, or the policy's
   *     completeness rule asks for more answers than the instrument has items
   */
  public static Banding of(Instrument instrument, BandTable bands, ThresholdPolicy policy) {
    MissingValueException.require("instrument", instrument);
    MissingValueException.require("bands", bands);
    MissingValueException.require("policy", policy);
    if (!instrument.computesLevel()) {
      throw new MissingValueException("judgement");
    }
    if (!bands.instrumentId().equals(instrument.id())) {
      throw new InvalidInputException("bands.instrumentId", bands.instrumentId(), "the band table must be for instrument " + instrument.id());
    }
    Optional<CompletenessRule> rule = policy.completenessFor(instrument.id());
    int items = instrument.itemIds().size();
    if (rule.isPresent() && rule.get().minimumAnswered().orElse(0) > items) {
      throw new InvalidInputException("completeness." + instrument.id() + ".minimum-answered", rule.get().minimumAnswered().getAsInt(),
          "no more than the instrument's " + items + " items can be answered");
    }
    return new Banding(instrument, bands, policy);
  }

  /**
   * The instrument this banding assesses.
   *
   * @return the instrument
   */
  public Instrument instrument() {
    return instrument;
  }

  /**
   * The table it bands with.
   *
   * @return the band table
   */
  public BandTable bands() {
    return bands;
  }

  /**
   * Scores the answers with the instrument's rule, counts each kind of answer, and places the score
   * in the table. Answers too few for a level, by the instrument's limit of answers not known or the
   * policy's completeness rule, are scored and counted but not banded: the assessment says
   * insufficient information instead. Pure: the same answers give an equal assessment.
   *
   * @param responses answers to this banding's instrument
   * @return the explained assessment
   * @throws InvalidInputException when the answers are to another instrument, or the instrument's
   *     scoring rule marks them invalid, so that no level is computed from them
   * @throws PluginFailureException when the instrument's scoring rule fails, naming its plugin
   */
  public Assessment assess(Responses responses) {
    MissingValueException.require("responses", responses);
    if (responses.instrument() != instrument) {
      requireSameInstrument(responses.instrument());
    }
    int value;
    try {
      value = rule.score(responses);
    } catch (RuntimeException | StackOverflowError | LinkageError e) {
      throw failure(e);
    }
    long notKnown = responses.notKnownMask();
    int notKnownCount = Long.bitCount(notKnown);
    long yes = responses.yesMask();
    long no = responses.noMask();
    long rated = responses.ratedMask();
    long counts = Assessment.pack(Long.bitCount(yes), Long.bitCount(no), notKnownCount,
        Long.bitCount(allItems & ~(yes | no | notKnown | rated)), Long.bitCount(rated));
    if (notKnownCount >= notKnownLimit) {
      return new Assessment(instrument, value, counts, null, overNotKnownLimit(instrument, notKnownCount, notKnownLimit), policy);
    }
    // asked only of answers within the not-known limit, as Instrument.invalidReason does
    Optional<String> invalid;
    try {
      invalid = MissingValueException.require("invalidReason", rule.invalidReason(responses));
    } catch (RuntimeException | StackOverflowError | LinkageError e) {
      throw failure(e);
    }
    if (invalid.isPresent()) {
      throw invalid(invalid.get());
    }
    if (completeness != null) {
      Optional<String> shortfall = completeness.shortfall(Long.bitCount(yes | no | rated), notKnownCount);
      if (shortfall.isPresent()) {
        return new Assessment(instrument, value, counts, null, shortfall.get(), policy);
      }
    }
    return new Assessment(instrument, value, counts, bands.bandFor(value), null, policy);
  }

  /** Why answers at or over the instrument's own limit of answers not known give no level. */
  static String overNotKnownLimit(Instrument instrument, int notKnown, int limit) {
    return notKnown + " answers not known, instrument " + instrument.id() + " sets aside " + limit + " or more";
  }

  /** Answers to an equal instrument loaded apart are answers to this one; any other is refused. */
  private void requireSameInstrument(Instrument other) {
    if (!other.id().equals(instrument.id()) || !other.version().equals(instrument.version()) || !other.equals(instrument)) {
      throw new InvalidInputException("responses.instrument", other.id() + " " + other.version(),
          "responses must be for instrument " + instrument.id() + " " + instrument.version());
    }
  }

  private RuntimeException failure(Throwable e) {
    return PluginFailureException.of(instrument.id(), instrument.version(), "scoring rule", e);
  }

  private InvalidInputException invalid(String reason) {
    return new InvalidInputException("responses", instrument.id() + " " + instrument.version(),
        "the instrument's scoring rule marks these answers invalid (" + reason + "), so no level is computed from them; "
            + "assess with a professional judgement instead");
  }
}
