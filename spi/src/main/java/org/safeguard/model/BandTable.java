package org.safeguard.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

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

  @Value.Parameter
  public abstract String instrumentId();

  /** The bands from the lowest score up. */
  @Value.Parameter
  public abstract List<Band> bands();

  /** The agency these bands are for; empty when they are for every agency. */
  public abstract Optional<Agency> agency();

  public static BandTable of(String instrumentId, List<Band> bands) {
    return ImmutableBandTable.of(instrumentId, bands);
  }

  /** Bands that apply to assessments completed by one agency. */
  public static BandTable forAgency(String instrumentId, Agency agency, List<Band> bands) {
    return ImmutableBandTable.builder().instrumentId(instrumentId).bands(bands).agency(agency).build();
  }

  /** The band a score falls in. */
  public Band bandFor(int score) {
    List<Band> bands = bands();
    for (int i = bands.size() - 1; i > 0; i--) {
      Band band = bands.get(i);
      if (score >= band.lower()) {
        return band;
      }
    }
    return bands.get(0);
  }

  @Value.Check
  protected void check() {
    String field = "bands." + instrumentId() + agency().map(a -> "@" + a).orElse("");
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
