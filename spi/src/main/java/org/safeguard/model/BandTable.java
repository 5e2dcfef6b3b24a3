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
package org.safeguard.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The bands one policy sets for one instrument, for every agency or for one agency only. Bands start at 0, follow on without gaps or
 * overlaps, end in an open top band, and never step down a level as the score rises: more yes
 * answers can never give a lower level.
 */
@Value.Immutable
@ModelStyle
public abstract class BandTable {
  /** Only the generated implementation in this package extends it. */
  BandTable() {}

  /**
   * The instrument whose scores these bands read, for example {@code safelives-dash-ric}.
   *
   * @return the instrument id
   */
  @Value.Parameter
  public abstract String instrumentId();

  /**
   * The bands from the lowest score up.
   *
   * @return the bands, starting at 0 and ending in an open top band
   */
  @Value.Parameter
  public abstract List<Band> bands();

  /**
   * The agency these bands are for; empty when they are for every agency.
   *
   * @return the agency, or empty for bands that apply to all
   */
  public abstract Optional<Agency> agency();

  /**
   * Bands that apply to assessments completed by any agency.
   *
   * @param instrumentId the instrument whose scores the bands read
   * @param bands the bands from the lowest score up
   * @return the table
   * @throws InvalidInputException when the bands leave a gap, overlap, step down a level, or do not
   *     run from 0 to an open top band
   */
  public static BandTable of(String instrumentId, List<Band> bands) {
    return ImmutableBandTable.of(instrumentId, MissingValueException.requireElements("bands", bands));
  }

  /**
   * Bands that apply to assessments completed by one agency, which may band the same score
   * differently from the rest.
   *
   * @param instrumentId the instrument whose scores the bands read
   * @param agency the agency whose assessments the bands are for
   * @param bands the bands from the lowest score up
   * @return the table
   * @throws InvalidInputException when the bands leave a gap, overlap, step down a level, or do not
   *     run from 0 to an open top band
   */
  public static BandTable forAgency(String instrumentId, Agency agency, List<Band> bands) {
    return new ImmutableBandTable.Builder().instrumentId(instrumentId).bands(MissingValueException.requireElements("bands", bands)).agency(agency).build();
  }

  /**
   * The band a score falls in.
   *
   * @param score the score; one below 0 falls in the lowest band
   * @return the band
   */
  public Band bandFor(int score) {
    return byScore().bandFor(score);
  }

  /** The bands by score, worked out once when the table is built: finding one is an array read. */
  @Value.Derived
  @Value.Auxiliary
  ByScore byScore() {
    return new ByScore(bands());
  }

  /** A band for every score from 0 to the top band's lower end; every higher score is in the top band. */
  static final class ByScore {
    private final Band[] byScore;

    ByScore(List<Band> bands) {
      // runs before the table's check: for a table that breaks the rules (no bands, a gap) the
      // check refuses it by name, so an empty or partial index is never used
      Band top = bands.isEmpty() ? null : bands.get(bands.size() - 1);
      int size = top != null && top.lower() >= 0 && top.lower() < MAX_INDEXED_SCORE ? top.lower() + 1 : 0;
      byScore = new Band[size];
      int b = 0;
      for (int score = 0; score < size; score++) {
        while (b + 1 < bands.size() && score >= bands.get(b + 1).lower()) {
          b++;
        }
        byScore[score] = bands.get(b);
      }
      this.top = top;
      this.bottom = bands.isEmpty() ? null : bands.get(0);
      this.bands = bands;
    }

    private final @Nullable Band top;
    private final @Nullable Band bottom;
    private final List<Band> bands;

    /** The band of a score; only ever asked of a table that passed its check, so it has bands. */
    Band bandFor(int score) {
      if (score < 0) {
        return Objects.requireNonNull(bottom);
      }
      if (score < byScore.length) {
        return byScore[score];
      }
      if (byScore.length > 0) {
        return Objects.requireNonNull(top);
      }
      for (int i = bands.size() - 1; i > 0; i--) {
        if (score >= bands.get(i).lower()) {
          return bands.get(i);
        }
      }
      return Objects.requireNonNull(bottom);
    }
  }

  /** Tables whose top band starts above this score are searched rather than indexed. */
  private static final int MAX_INDEXED_SCORE = 4096;

  /** Runs when a table is built: the rules above, each failure naming the band at fault. */
  @Value.Check
  protected void check() {
    String field = "bands." + instrumentId() + (agency().isPresent() ? "@" + agency().get() : "");
    List<Band> bands = bands();
    if (bands.isEmpty()) {
      throw new InvalidInputException(field, "[]", "at least one band is needed");
    }
    if (bands.get(0).lower() != 0) {
      throw new InvalidInputException(field, bands.get(0), "the lowest band starts at 0");
    }
    for (int i = 1; i < bands.size(); i++) {
      Band previous = bands.get(i - 1);
      Band band = bands.get(i);
      if (previous.upper().isEmpty() || previous.upper().getAsInt() + 1 != band.lower()) {
        throw new InvalidInputException(field, band, "bands follow on without gaps or overlaps from " + previous);
      }
      if (band.level().compareTo(previous.level()) < 0) {
        throw new InvalidInputException(field, band, "a higher score band may not have a lower level than " + previous);
      }
    }
    Band top = bands.get(bands.size() - 1);
    if (top.upper().isPresent()) {
      throw new InvalidInputException(field, top, "the top band is open-ended, for example high 14+");
    }
  }
}
