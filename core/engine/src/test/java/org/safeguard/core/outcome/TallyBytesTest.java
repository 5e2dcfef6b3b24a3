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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.RiskLevel;

/** The serial form of a tally, written out by hand here, and every way bytes that are not one are refused. */
class TallyBytesTest {
  private static final int BANDS = 4;
  private static final int FACTORS = RiskFactor.values().length;

  /** The parts of a tally's bytes, as the format lays them out; starts as the empty tally's under the defaults. */
  private static final class Form {
    byte[] magic = {'S', 'G', 'C', 'T'};
    int version = 1;
    String point = "CLOSURE_OR_FOUR_MONTHS";
    List<Long> bounds = new ArrayList<>(List.of(0L, 2L, 6L, 11L));
    long threshold = 6;
    long interventions;
    long contacts;
    long[] outcomesA = new long[BANDS << 7];
    long[] outcomesB = new long[BANDS << 9];
    long[] timeline = new long[4096];
    long[] groups = new long[16];
    long[] notRecorded = new long[16];
    long[] cessationNotRecorded = new long[BANDS * 2];
    List<Map.Entry<String, long[]>> kinds = new ArrayList<>();
    long factorCount = FACTORS;
    long[][] factors = {new long[FACTORS * 3], new long[FACTORS * 3], new long[FACTORS * 3]};
    byte[] after = {};

    /** One reviewed case with its kinds recorded and its children not, at key 0 of the other histograms. */
    Form oneCase() {
      outcomesA[0] = 1;
      outcomesB[0] = 1;
      timeline[0] = 1;
      groups[9] = 1;
      return this;
    }

    byte[] bytes() {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes(magic);
      out.write(version);
      string(out, point);
      varint(out, bounds.size());
      for (long b : bounds) {
        varint(out, b);
      }
      varint(out, threshold);
      varint(out, interventions);
      varint(out, contacts);
      for (long[] h : new long[][] {outcomesA, outcomesB, timeline, groups, notRecorded, cessationNotRecorded}) {
        for (long n : h) {
          varint(out, n);
        }
      }
      varint(out, kinds.size());
      for (Map.Entry<String, long[]> k : kinds) {
        string(out, k.getKey());
        for (long n : k.getValue()) {
          varint(out, n);
        }
      }
      varint(out, factorCount);
      for (long[] f : factors) {
        for (long n : f) {
          varint(out, n);
        }
      }
      out.writeBytes(after);
      return out.toByteArray();
    }

    static void varint(ByteArrayOutputStream out, long value) {
      long v = value;
      while (v >= 0x80 || v < 0) {
        out.write((int) (v & 0x7F) | 0x80);
        v >>>= 7;
      }
      out.write((int) v);
    }

    static void string(ByteArrayOutputStream out, String s) {
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      varint(out, utf8.length);
      out.writeBytes(utf8);
    }
  }

  private static InvalidInputException refused(byte[] bytes) {
    return assertThrows(InvalidInputException.class, () -> CohortTally.fromBytes(bytes));
  }

  private static InvalidInputException refused(Form form) {
    return refused(form.bytes());
  }

  @Test
  void theEmptyTallysBytesAreTheFormatWrittenOut() {
    assertArrayEquals(new Form().bytes(), CohortTally.create().toBytes());
    CohortTally read = CohortTally.fromBytes(new Form().bytes());
    assertEquals(0, read.cases());
    assertEquals(CohortTally.create().report(), read.report());
  }

  @Test
  void aFormWrittenByHandReadsBackAsItsCounts() {
    Form form = new Form().oneCase();
    form.interventions = 300; // two bytes as a varint
    form.contacts = 32767; // the most one case can have: more is refused below
    form.kinds.add(Map.entry("housing", new long[] {1, 0, 0}));
    form.kinds.add(Map.entry("marac", new long[] {1, 0, 0}));
    form.factors[0][3] = 1;
    form.factors[1][3] = 1;
    CohortTally read = CohortTally.fromBytes(form.bytes());
    assertEquals(1, read.cases());
    assertEquals(300, read.report().totalInterventions());
    assertEquals(32767, read.report().totalSignificantContacts());
    assertEquals(List.of("housing", "marac"), read.report().interventionKinds());
    assertEquals(List.of(1L, 1L), List.of(read.report().interventionReceived("marac").numerator(), read.report().interventionReceived("marac").denominator()));
    assertEquals(1, read.report().riskFactorAtIntake(RiskFactor.values()[1]).numerator());
    assertArrayEquals(form.bytes(), read.toBytes());
  }

  /** Counts each histogram keeps in order but from which no report could be made. */
  @Test
  void countsNoTallyCouldHoldAreRefused() {
    Form kindTwice = new Form().oneCase();
    kindTwice.kinds.add(Map.entry("marac", new long[] {2, 0, 0}));
    Form factorTwice = new Form().oneCase();
    factorTwice.factors[2][0] = 2;
    Form unknownCessation = new Form().oneCase();
    unknownCessation.cessationNotRecorded[0] = 1;
    Form intakeAfterReview = new Form().oneCase();
    intakeAfterReview.factors[1][0] = 2;
    for (Form form : List.of(kindTwice, factorTwice, unknownCessation, intakeAfterReview)) {
      InvalidInputException e = refused(form);
      assertEquals("bytes", e.field());
      assertTrue(e.getMessage().contains("disagree"), e.getMessage());
    }
    // one case whose total cessation is not known for a type not recorded: in its own group, and no other
    int notKnown = 2 << 2 * (OutcomeMeasure.TOTAL_CESSATION.ordinal() - 3);
    for (int g = 0; g < BANDS * 2; g++) {
      Form form = new Form().oneCase();
      form.outcomesB[0] = 0;
      form.outcomesB[g << 8 | notKnown] = 1;
      form.cessationNotRecorded[g] = 1;
      assertEquals(1, CohortTally.fromBytes(form.bytes()).cases());
      form.cessationNotRecorded[g] = 0;
      form.cessationNotRecorded[(g + 1) % (BANDS * 2)] = 1;
      assertEquals("bytes", refused(form).field());
    }
  }

  @Test
  void parametersAndTheOutcomePointTravelWithTheCounts() {
    ReportParameters parameters = ReportParameters.of(List.of(0, 3, 100), 2).withOutcomePoint(OutcomePoint.CASE_CLOSURE);
    CohortTally tally = CohortTally.create(parameters).add(CaseOutcome.builder().caseId("c1").interventions(120).significantContacts(40_000)
        .abuseAtIntake(AbuseProfile.none()).levelAtIntake(RiskLevel.HIGH).abuseAtReview(Optional.of(AbuseProfile.none()))
        .levelAtReview(RiskLevel.MEDIUM).interventionKinds(Set.of()).outcomePoint(OutcomePoint.CASE_CLOSURE).build());
    CohortTally read = CohortTally.fromBytes(tally.toBytes());
    assertEquals(parameters, read.parameters());
    assertEquals(tally.report(), read.report());
    assertEquals(ReportParameters.MAX_COUNT, read.report().totalSignificantContacts(), "counts above the most a case holds are held as it");
  }

  @Test
  void noBytesAndTooFewAreRefused() {
    assertEquals("bytes", assertThrows(MissingValueException.class, () -> CohortTally.fromBytes(nullBytes())).field());
    assertEquals("bytes", refused(new byte[0]).field());
    InvalidInputException noVersion = refused(new byte[] {'S', 'G', 'C', 'T'});
    assertEquals("bytes", noVersion.field());
    assertTrue(noVersion.getMessage().contains("too short"), noVersion.getMessage());
    // a header and nothing after it is long enough to read, and ends before the tally does
    InvalidInputException headerOnly = refused(new byte[] {'S', 'G', 'C', 'T', 1});
    assertTrue(headerOnly.getMessage().contains("end before"), headerOnly.getMessage());
  }

  @SuppressWarnings("NullAway")
  private static byte[] nullBytes() {
    return null;
  }

  @Test
  void bytesOfAnotherFormatAreRefused() {
    for (int i = 0; i < 4; i++) {
      Form form = new Form();
      form.magic[i] = 'X';
      InvalidInputException e = refused(form);
      assertEquals("bytes", e.field());
      assertTrue(e.getMessage().contains("SGCT"), e.getMessage());
    }
    assertEquals("bytes", refused("{\"cases\": 3}".getBytes(StandardCharsets.UTF_8)).field());
  }

  @Test
  void anotherVersionIsRefusedSayingWhich() {
    Form later = new Form();
    later.version = 2;
    InvalidInputException e = refused(later);
    assertEquals("bytes.version", e.field());
    assertTrue(e.getMessage().contains("later"), e.getMessage());
    Form zero = new Form();
    zero.version = 0;
    InvalidInputException z = refused(zero);
    assertEquals("bytes.version", z.field());
    assertTrue(!z.getMessage().contains("later"), z.getMessage());
    Form high = new Form();
    high.version = 0xFF;
    assertEquals("bytes.version", refused(high).field());
  }

  @Test
  void anOutcomePointThisLibraryDoesNotKnowIsRefused() {
    Form form = new Form();
    form.point = "AT_SIX_MONTHS";
    assertEquals("bytes.outcomePoint", refused(form).field());
    Form closure = new Form();
    closure.point = "CASE_CLOSURE";
    assertEquals(OutcomePoint.CASE_CLOSURE, CohortTally.fromBytes(closure.bytes()).parameters().outcomePoint());
  }

  @Test
  void parametersAReportRefusesAreRefused() {
    Form tooMany = new Form();
    tooMany.bounds = new ArrayList<>();
    for (long b = 0; b <= ReportParameters.MAX_BANDS; b++) {
      tooMany.bounds.add(b);
    }
    assertEquals("bytes.bands", refused(tooMany).field());
    Form decreasing = new Form();
    decreasing.bounds.set(2, 1L);
    assertEquals("bandLowerBounds[2]", refused(decreasing).field());
    Form noThreshold = new Form();
    noThreshold.threshold = 0;
    assertEquals("intensiveThreshold", refused(noThreshold).field());
    Form hugeBound = new Form();
    hugeBound.bounds.set(3, 1L << 31);
    assertEquals("bytes.bandLowerBounds", refused(hugeBound).field());
    Form hugeThreshold = new Form();
    hugeThreshold.threshold = 1L << 31;
    assertEquals("bytes.intensiveThreshold", refused(hugeThreshold).field());
  }

  @Test
  void histogramsThatDisagreeOnTheNumberOfCasesAreRefused() {
    assertEquals(1, CohortTally.fromBytes(new Form().oneCase().bytes()).cases());
    Form a = new Form().oneCase();
    a.outcomesA[0] = 0;
    assertEquals("bytes.outcomesA", refused(a).field());
    Form b = new Form().oneCase();
    b.outcomesB[1] = 1;
    assertEquals("bytes.outcomesB", refused(b).field());
    Form g = new Form().oneCase();
    g.groups[15] = 1;
    assertEquals("bytes.groups", refused(g).field());
    Form t = new Form().oneCase();
    t.timeline[4095] = 1;
    assertEquals("bytes.outcomesA", refused(t).field());
  }

  @Test
  void casesWithEveryTypeRecordedAreNotCountedAmongTheNotRecorded() {
    Form form = new Form().oneCase();
    form.notRecorded[0] = 1;
    assertEquals("bytes.notRecorded", refused(form).field());
  }

  @Test
  void kindsMustBeStableIdsInOrderAndReceived() {
    Form badId = new Form().oneCase();
    badId.kinds.add(Map.entry("Not An Id", new long[] {1, 0, 0}));
    assertEquals("bytes.kinds", refused(badId).field());
    Form twice = new Form().oneCase();
    twice.kinds.add(Map.entry("marac", new long[] {1, 0, 0}));
    twice.kinds.add(Map.entry("marac", new long[] {1, 0, 0}));
    assertEquals("bytes.kinds", refused(twice).field());
    Form backwards = new Form().oneCase();
    backwards.kinds.add(Map.entry("marac", new long[] {1, 0, 0}));
    backwards.kinds.add(Map.entry("housing", new long[] {1, 0, 0}));
    assertEquals("bytes.kinds", refused(backwards).field());
    Form none = new Form().oneCase();
    none.kinds.add(Map.entry("marac", new long[] {0, 0, 0}));
    InvalidInputException e = refused(none);
    assertEquals("bytes.kinds", e.field());
    assertTrue(e.getMessage().contains("no case"), e.getMessage());
    Form one = new Form().oneCase();
    one.kinds.add(Map.entry("marac", new long[] {1, 0, 0}));
    assertEquals(List.of("marac"), CohortTally.fromBytes(one.bytes()).report().interventionKinds());
    Form hugeCount = new Form();
    byte[] bytes = hugeCount.bytes();
    // the kinds count is the byte after the histograms; a count past an int is refused before any kind is read
    int kindsAt = bytes.length - 1 - 3 * FACTORS * 3 - 1;
    byte[] withHugeCount = new byte[bytes.length + 4];
    System.arraycopy(bytes, 0, withHugeCount, 0, kindsAt);
    byte[] huge = {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x10};
    System.arraycopy(huge, 0, withHugeCount, kindsAt, huge.length);
    System.arraycopy(bytes, kindsAt + 1, withHugeCount, kindsAt + huge.length, bytes.length - kindsAt - 1);
    assertEquals("bytes.kinds", refused(withHugeCount).field());
  }

  @Test
  void anotherNumberOfRiskFactorsIsRefused() {
    Form fewer = new Form();
    fewer.factorCount = FACTORS - 1;
    assertEquals("bytes.riskFactors", refused(fewer).field());
    Form more = new Form();
    more.factorCount = FACTORS + 1;
    assertEquals("bytes.riskFactors", refused(more).field());
  }

  @Test
  void bytesAfterTheTallyAreRefused() {
    Form form = new Form();
    form.after = new byte[] {0};
    InvalidInputException e = refused(form);
    assertEquals("bytes", e.field());
    assertTrue(e.getMessage().contains("1 bytes after"), e.getMessage());
  }

  @Test
  void aCountOfMoreThan63BitsIsRefused() {
    byte[] bytes = new Form().bytes();
    byte[] longCount = new byte[bytes.length + 9];
    int interventionsAt = 5 + 1 + "CLOSURE_OR_FOUR_MONTHS".length() + 1 + 4 + 1;
    System.arraycopy(bytes, 0, longCount, 0, interventionsAt);
    for (int i = 0; i < 9; i++) {
      longCount[interventionsAt + i] = (byte) 0xFF;
    }
    System.arraycopy(bytes, interventionsAt, longCount, interventionsAt + 9, bytes.length - interventionsAt);
    InvalidInputException e = refused(longCount);
    assertEquals("bytes", e.field());
    assertTrue(e.getMessage().contains("63 bits"), e.getMessage());
    // a count 9 bytes long reads as a count; the largest, on no cases, is refused as no tally's can be
    Form largest = new Form();
    largest.interventions = Long.MAX_VALUE;
    assertTrue(refused(largest.bytes()).getMessage().contains("at most 32767 a case"));
  }

  @Test
  void countsNoMergeOfTalliesCouldReachAreRefused() {
    Form contacts = new Form().oneCase();
    contacts.contacts = 32768;
    assertTrue(refused(contacts.bytes()).getMessage().contains("at most 32767 a case"), "one case, more contacts than a case can have");
    Form none = new Form();
    none.contacts = 1;
    assertTrue(refused(none.bytes()).getMessage().contains("at most 32767 a case"), "contacts without a case");
    Form huge = new Form();
    huge.timeline[0] = (1L << 40) + 1;
    InvalidInputException tooMany = refused(huge.bytes());
    assertTrue(tooMany.getMessage().contains("2^40"), tooMany.getMessage());
  }

  @Test
  void aCountWrittenInMoreBytesThanItNeedsIsRefused() {
    byte[] bytes = new Form().bytes();
    int at = bytes.length - 1; // the last count, a zero, padded to two bytes
    byte[] padded = java.util.Arrays.copyOf(bytes, bytes.length + 1);
    padded[at] = (byte) 0x80;
    padded[at + 1] = 0;
    assertTrue(refused(padded).getMessage().contains("fewest bytes"), refused(padded).getMessage());
  }

  @Test
  void aMergePastTheMostCasesATallyCountsIsRefusedAndChangesNothing() {
    Form big = new Form();
    big.timeline[0] = 1L << 39;
    big.outcomesA[0] = 1L << 39;
    big.outcomesB[0] = 1L << 39;
    big.groups[9] = 1L << 39;
    CohortTally half = CohortTally.fromBytes(big.bytes());
    CohortTally into = CohortTally.fromBytes(big.bytes()).merge(half);
    assertEquals(1L << 40, into.cases(), "up to 2^40 merges");
    CohortReport before = into.report();
    InvalidInputException refused = assertThrows(InvalidInputException.class, () -> into.merge(CohortTally.fromBytes(new Form().oneCase().bytes())));
    assertEquals("tally", refused.field());
    assertEquals(before, into.report(), "a refused merge changes nothing");
  }

  @Test
  void aStringLongerThanTheFormHoldsOrCutShortIsRefused() {
    Form form = new Form();
    form.point = "P".repeat(257);
    assertEquals("bytes.string", refused(form).field());
    Form longest = new Form();
    longest.point = "P".repeat(256);
    assertEquals("bytes.outcomePoint", refused(longest).field());
    byte[] cut = {'S', 'G', 'C', 'T', 1, 22, 'C', 'L'};
    InvalidInputException e = refused(cut);
    assertEquals("bytes", e.field());
    assertTrue(e.getMessage().contains("end before"), e.getMessage());
  }
}
