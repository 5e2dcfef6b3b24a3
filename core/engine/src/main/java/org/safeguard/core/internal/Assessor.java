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
package org.safeguard.core.internal;

import java.util.Collection;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeguard.core.UnknownProviderException;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.assessment.Banding;
import org.safeguard.core.assessment.ProfessionalJudgement;
import org.safeguard.model.Agency;
import org.safeguard.model.BandTable;
import org.safeguard.model.Instrument;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.Responses;
import org.safeguard.model.ThresholdPolicy;

/**
 * Assesses response sets under one threshold policy: picks the bands of the agency that completed
 * the checklist where the policy sets them, otherwise its general bands, and hands them to
 * {@link Assessment#of}. Which table applies to each loaded instrument, and for each agency, is
 * worked out once, when the engine is built, and found again by the instrument's identity, which
 * is also how responses built on the engine's own instruments are told apart from others.
 * Immutable and thread-safe.
 */
public final class Assessor {
  private final ThresholdPolicy policy;
  /** Every loaded instrument, by identity, with the tables this policy sets for it. */
  private final Map<Instrument, Tables> loaded = new IdentityHashMap<>();
  /** Every loaded instrument by {@code id@version}, for responses on an equal but other instance. */
  private final Map<String, Instrument> byKey;

  /**
   * The banding of the instrument assessed last: most services assess one instrument again and
   * again, and an identity check is cheaper than a map lookup. Racy but safe: a banding is
   * immutable, so a thread sees either its own or another's, both right for their instrument.
   */
  private @Nullable Tables last;

  /**
   * The tables one policy sets for one instrument, general and per agency where they differ, each
   * as a {@link Banding} checked once; none for an instrument that computes no level.
   */
  private record Tables(Instrument instrument, @Nullable Banding general, @Nullable Map<Agency, Banding> byAgency) {
    @Nullable Banding bandingFor(Responses responses) {
      if (byAgency != null) {
        Optional<Agency> agency = responses.completedBy();
        if (agency.isPresent()) {
          Banding own = byAgency.get(agency.get());
          if (own != null) {
            return own;
          }
        }
      }
      return general;
    }
  }

  /**
   * An assessor for one policy over the engine's instruments.
   *
   * @param policy the policy it bands under
   * @param instruments every loaded instrument version, by {@code id@version}
   */
  public Assessor(ThresholdPolicy policy, Map<String, Instrument> instruments) {
    this.policy = policy;
    this.byKey = instruments;
    for (Instrument instrument : instruments.values()) {
      loaded.put(instrument, tablesFor(instrument));
    }
  }

  private Tables tablesFor(Instrument instrument) {
    if (!instrument.computesLevel()) {
      return new Tables(instrument, null, null);
    }
    BandTable general = policy.bandsFor(instrument.id()).orElse(null);
    Map<Agency, Banding> byAgency = null;
    for (BandTable table : policy.agencyBands()) {
      if (table.instrumentId().equals(instrument.id()) && table.agency().isPresent()) {
        if (byAgency == null) {
          byAgency = new EnumMap<>(Agency.class);
        }
        byAgency.putIfAbsent(table.agency().get(), Banding.of(instrument, table, policy));
      }
    }
    return new Tables(instrument, general == null ? null : Banding.of(instrument, general, policy), byAgency);
  }

  /** The policy this assessor bands under. */
  public ThresholdPolicy policy() {
    return policy;
  }

  /**
   * Scores the responses with their instrument's rule and bands the score.
   *
   * @throws UnknownProviderException when the responses are for an instrument the engine did not load
   * @throws InvalidInputException when the policy sets no bands for the instrument, when the
   *     instrument's scoring rule marks the answers invalid, or when it computes no level: then
   *     assess with a judgement
   */
  public Assessment assess(Responses responses) {
    Instrument instrument = responses.instrument();
    Banding banding = tablesOf(instrument).bandingFor(responses);
    if (banding == null) {
      throw instrument.computesLevel() ? noBands(instrument) : new MissingValueException("judgement");
    }
    return banding.assess(responses);
  }

  /**
   * Assesses with the practitioner's judgement: a summary level, or an override that must raise.
   *
   * @throws UnknownProviderException when the responses are for an instrument the engine did not load
   */
  public Assessment assess(Responses responses, ProfessionalJudgement judgement) {
    Instrument instrument = responses.instrument();
    Banding banding = tablesOf(instrument).bandingFor(responses);
    if (banding == null && instrument.computesLevel() && instrument.invalidReason(responses).isEmpty()) {
      throw noBands(instrument);
    }
    return Assessment.of(responses, Optional.ofNullable(banding == null ? null : banding.bands()), policy, judgement);
  }

  /** The banding of a loaded instrument: by identity, or else by id and version for an equal instance. */
  private Tables tablesOf(Instrument instrument) {
    Tables tables = last;
    if (tables != null && tables.instrument() == instrument) {
      return tables;
    }
    tables = loaded.get(instrument);
    if (tables != null) {
      last = tables;
      return tables;
    }
    Instrument same = byKey.get(instrument.id() + "@" + instrument.version());
    if (same == null || !same.equals(instrument)) {
      throw new UnknownProviderException("instrument", instrument.id() + " " + instrument.version(), byKey.keySet());
    }
    return Objects.requireNonNull(loaded.get(same), "every loaded instrument has its tables");
  }

  private InvalidInputException noBands(Instrument instrument) {
    return new InvalidInputException("responses.instrument", instrument.id(),
        "threshold policy " + policy.id() + " " + policy.version() + " sets no bands for this instrument; it covers "
            + policy.bands().keySet());
  }
}
