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
package org.safeguard.core.outcome;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.safeguard.model.InvalidInputException;

/** A tally's bytes lose nothing: the round trip gives equal reports, and merging commutes with it. */
class TallyBytesProperties {
  @Provide
  Arbitrary<List<CaseOutcome>> cohorts() {
    return CaseOutcomes.cohorts();
  }

  @Provide
  Arbitrary<ReportParameters> parameters() {
    return CaseOutcomes.parameters();
  }

  private static CohortTally tally(List<CaseOutcome> cases, ReportParameters parameters) {
    return CohortTally.create(parameters).addAll(cases);
  }

  private static CohortTally roundTrip(CohortTally tally) {
    return CohortTally.fromBytes(tally.toBytes());
  }

  @Property
  void theRoundTripGivesAnEqualReportAndParameters(@ForAll("cohorts") List<CaseOutcome> cases, @ForAll("parameters") ReportParameters parameters) {
    CohortTally tally = tally(cases, parameters);
    CohortReport before = tally.report();
    CohortTally back = roundTrip(tally);
    assertEquals(before, back.report());
    assertEquals(parameters, back.parameters());
    assertEquals(tally.cases(), back.cases());
    assertEquals(before, tally.report(), "writing leaves the tally as it was");
    assertArrayEquals(tally.toBytes(), back.toBytes(), "the bytes of the tally read back are the bytes read");
  }

  @Property
  void aTallyReadBackGoesOnCountingAsTheOriginalDoes(
      @ForAll("cohorts") List<CaseOutcome> first, @ForAll("cohorts") List<CaseOutcome> then, @ForAll("parameters") ReportParameters parameters) {
    CohortTally original = tally(first, parameters);
    CohortTally back = roundTrip(original);
    assertEquals(original.addAll(then).report(), back.addAll(then).report());
  }

  @Property
  void mergingCommutesWithTheRoundTrip(
      @ForAll("cohorts") List<CaseOutcome> left, @ForAll("cohorts") List<CaseOutcome> right, @ForAll("parameters") ReportParameters parameters) {
    CohortReport merged = tally(left, parameters).merge(tally(right, parameters)).report();
    // merge the tallies read back, in either order, or read back the merged tally: the same report
    assertEquals(merged, roundTrip(tally(left, parameters)).merge(roundTrip(tally(right, parameters))).report());
    assertEquals(merged, roundTrip(tally(right, parameters)).merge(roundTrip(tally(left, parameters))).report());
    assertEquals(merged, roundTrip(tally(left, parameters).merge(tally(right, parameters))).report());
    assertEquals(merged, tally(left, parameters).merge(roundTrip(tally(right, parameters))).report());
  }

  @Property
  void aPackedCohortsTallyRoundTripsToo(@ForAll("cohorts") List<CaseOutcome> cases, @ForAll("parameters") ReportParameters parameters) {
    PackedCohort packed = PackedCohort.of(cases);
    CohortTally tally = packed.tally(0, packed.size(), parameters);
    assertEquals(packed.report(parameters), roundTrip(tally).report());
  }

  @Property
  void bytesCutShortAreRefused(@ForAll("cohorts") List<CaseOutcome> cases, @ForAll @IntRange(min = 0, max = 100_000) int cut) {
    byte[] bytes = tally(cases, ReportParameters.defaults()).toBytes();
    byte[] prefix = Arrays.copyOf(bytes, cut % bytes.length);
    assertThrows(InvalidInputException.class, () -> CohortTally.fromBytes(prefix));
  }

  /** Any one byte changed gives a tally or a refusal, never another exception or half a tally. */
  @Property
  void aChangedByteGivesATallyOrARefusal(
      @ForAll("cohorts") List<CaseOutcome> cases, @ForAll @IntRange(min = 0, max = 100_000) int where, @ForAll byte to) {
    byte[] bytes = tally(cases, ReportParameters.defaults()).toBytes();
    bytes[where % bytes.length] = to;
    try {
      CohortTally read = CohortTally.fromBytes(bytes);
      assertEquals(read.report(), roundTrip(read).report());
    } catch (InvalidInputException refused) {
      // refused whole
    }
  }
}
