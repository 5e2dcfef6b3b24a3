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

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.StableId;

/**
 * The serial form of a tally's counts, {@link CohortTally#toBytes()}: what crosses from a worker to
 * whoever merges (a Spark executor to its driver), and nothing else. Version 1, all numbers
 * unsigned LEB128 varints (7 bits a byte, low first, in their fewest bytes; a zero count takes one
 * byte), strings a varint length and that many bytes of UTF-8. A count of cases is at most 2^40, and
 * the total interventions and contacts at most 32767 a case, so no merge of tallies overflows:
 *
 * <pre>
 *  4 bytes    "SGCT"
 *  1 byte     version, 1
 *  string     the outcome point, by its name
 *  varint     band count b (1 to 64), then b lower bounds, then the intensive threshold
 *  varint x2  total interventions, total significant contacts
 *  varints    the histograms, each of its fixed length: outcomes A (b &lt;&lt; 7), outcomes B (b &lt;&lt; 9),
 *             timeline (4096), groups (16), not recorded at review (16, the first 0),
 *             total cessation not known (2b)
 *  varint     kinds k, then k times: the kind id (string, ids strictly increasing) and 3 counts
 *             (children not recorded, none, some)
 *  varint     risk factors f (the RiskFactor count), then 3 x 3f counts: at intake, reviewed at
 *             intake, reviewed at review, each by factor ordinal * 3 + children status
 * </pre>
 *
 * <p>No case id and no case is written: only counts, the report's parameters and the ids of the
 * kinds of intervention. Reading checks every part before a tally is made, so refused bytes never
 * give half a tally. A later version of the library reads every earlier version; bytes of a later
 * version than this one knows are refused.
 */
final class TallyBytes {
  static final byte[] MAGIC = {'S', 'G', 'C', 'T'};
  static final int VERSION = 1;
  /** The longest string the form holds: an outcome point's name or a kind id. */
  private static final int MAX_STRING = 256;

  private final byte[] bytes;
  private int at;

  private TallyBytes(byte[] bytes, int at) {
    this.bytes = bytes;
    this.at = at;
  }

  static byte[] write(Histograms h) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    out.write(MAGIC, 0, MAGIC.length);
    out.write(VERSION);
    ReportParameters p = h.parameters;
    writeString(out, p.outcomePoint().name());
    writeVarint(out, p.bandCount());
    for (int bound : p.bandLowerBounds()) {
      writeVarint(out, bound);
    }
    writeVarint(out, p.intensiveThreshold());
    writeVarint(out, h.interventions);
    writeVarint(out, h.contacts);
    for (long[] histogram : histograms(h)) {
      for (long n : histogram) {
        writeVarint(out, n);
      }
    }
    Map<String, long[]> received = h.kinds.received();
    writeVarint(out, received.size());
    for (Map.Entry<String, long[]> e : received.entrySet()) {
      writeString(out, e.getKey());
      for (long n : e.getValue()) {
        writeVarint(out, n);
      }
    }
    writeVarint(out, RiskFactor.values().length);
    for (long[] counts : h.factors.arrays()) {
      for (long n : counts) {
        writeVarint(out, n);
      }
    }
    return out.toByteArray();
  }

  private static long[][] histograms(Histograms h) {
    return new long[][] {h.outcomesA, h.outcomesB, h.timeline, h.groups, h.notRecorded, h.cessationNotRecorded};
  }

  private static void writeVarint(ByteArrayOutputStream out, long value) {
    long v = value;
    while (v >>> 7 != 0) {
      out.write((int) (v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out.write((int) v);
  }

  private static void writeString(ByteArrayOutputStream out, String s) {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    writeVarint(out, utf8.length);
    out.write(utf8, 0, utf8.length);
  }

  /** Reads a tally's counts, refusing anything that is not the serial form of one. */
  static Histograms read(byte[] bytes) {
    if (bytes.length < MAGIC.length + 1) {
      throw refused(bytes.length + " bytes", "too short for a tally's bytes, which start with \"SGCT\" and a version");
    }
    for (int i = 0; i < MAGIC.length; i++) {
      if (bytes[i] != MAGIC[i]) {
        throw refused("no \"SGCT\"", "not a tally's bytes: they start with \"SGCT\" (CohortTally.toBytes)");
      }
    }
    int version = bytes[MAGIC.length] & 0xFF;
    if (version != VERSION) {
      throw new InvalidInputException("bytes.version", version, "this library reads a tally's bytes of version " + VERSION
          + (version > VERSION ? "; they were written by a later one" : ""));
    }
    return new TallyBytes(bytes, MAGIC.length + 1).histograms();
  }

  private Histograms histograms() {
    OutcomePoint point = point(string());
    int bands = count("bands", ReportParameters.MAX_BANDS);
    List<Integer> bounds = new ArrayList<>(bands);
    for (int i = 0; i < bands; i++) {
      bounds.add(count("bandLowerBounds", Integer.MAX_VALUE));
    }
    int threshold = count("intensiveThreshold", Integer.MAX_VALUE);
    ReportParameters parameters = ReportParameters.of(bounds, threshold).withOutcomePoint(point);
    Histograms h = new Histograms(parameters);
    h.interventions = varint();
    h.contacts = varint();
    for (long[] histogram : histograms(h)) {
      fill(histogram);
    }
    long cases = sum(h.timeline);
    if (cases > Histograms.MAX_CASES) {
      throw new InvalidInputException("bytes.timeline", cases + " cases", "a tally counts at most " + Histograms.MAX_CASES + " cases (2^40)");
    }
    // each case adds at most COUNT_MASK interventions and contacts, so no merge of tallies can overflow
    long most = cases * CaseLayout.COUNT_MASK;
    if (h.interventions > most || h.contacts > most) {
      throw refused("counts", "they disagree with each other as no tally's can (interventions and contacts are at most "
          + CaseLayout.COUNT_MASK + " a case)");
    }
    requireCases("outcomesA", sum(h.outcomesA), cases);
    requireCases("outcomesB", sum(h.outcomesB), cases);
    requireCases("groups", sum(h.groups), cases);
    if (h.notRecorded[0] != 0) {
      throw new InvalidInputException("bytes.notRecorded", h.notRecorded[0], "cases with every type recorded at review are not counted there");
    }
    int kinds = count("kinds", Integer.MAX_VALUE);
    String previous = "";
    for (int k = 0; k < kinds; k++) {
      String kind = StableId.require("bytes.kinds", string());
      if (kind.compareTo(previous) <= 0) {
        throw new InvalidInputException("bytes.kinds", kind, "kinds are written once each, in id order; it follows " + previous);
      }
      long[] counts = new long[3];
      fill(counts);
      if (counts[0] + counts[1] + counts[2] == 0) {
        throw new InvalidInputException("bytes.kinds", kind, "a kind no case received is not written");
      }
      h.kinds.put(kind, counts);
      previous = kind;
    }
    int factors = count("riskFactors", Integer.MAX_VALUE);
    if (factors != RiskFactor.values().length) {
      throw new InvalidInputException("bytes.riskFactors", factors, "this library counts " + RiskFactor.values().length + " risk factors");
    }
    for (long[] counts : h.factors.arrays()) {
      fill(counts);
    }
    if (at != bytes.length) {
      throw refused((bytes.length - at) + " bytes after the tally", "a tally's bytes end with its last count");
    }
    requireDerivable(h);
    return h;
  }

  /**
   * Refuses counts from which no report can be made: derives every figure of the report, eager and
   * lazy, from a copy. Each figure is a rate of sums of counts that a tally's counts keep in order
   * (no share above its whole, nothing negative); those conditions are linear, so they hold for
   * any merge of tallies that pass, and a tally read from bytes never fails later in a report.
   */
  private static void requireDerivable(Histograms h) {
    // the one count a report subtracts: cases whose total cessation is not known for a type not
    // recorded, from those whose total cessation is not known, in each band and support group
    int j = OutcomeMeasure.TOTAL_CESSATION.ordinal() - 3;
    long[] notKnown = new long[h.cessationNotRecorded.length];
    for (int key = 0; key < h.outcomesB.length; key++) {
      if ((key >>> 2 * j & 3) == CaseLayout.NOTHING_AT_INTAKE) {
        notKnown[key >>> 8] += h.outcomesB[key];
      }
    }
    for (int g = 0; g < notKnown.length; g++) {
      if (h.cessationNotRecorded[g] > notKnown[g]) {
        throw refused("counts", "they disagree with each other as no tally's can (cessationNotRecorded)");
      }
    }
    try {
      CohortReport report = new CohortReport(h.copy());
      for (RiskFactor f : RiskFactor.values()) {
        report.riskFactorAtIntake(f);
        report.riskFactorChange(f);
      }
      for (String kind : report.interventionKinds()) {
        report.interventionReceived(kind);
        report.interventionReceivedWithChildren(kind);
      }
    } catch (InvalidInputException e) {
      throw refused("counts", "they disagree with each other as no tally's can (" + e.field() + ")");
    }
  }

  private static OutcomePoint point(String name) {
    for (OutcomePoint p : OutcomePoint.values()) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    throw new InvalidInputException("bytes.outcomePoint", name, "not an outcome point this library knows");
  }

  private static void requireCases(String histogram, long sum, long cases) {
    if (sum != cases) {
      throw new InvalidInputException("bytes." + histogram, sum + " cases", "every histogram counts each case once; the timeline counts " + cases);
    }
  }

  private static long sum(long[] counts) {
    long n = 0;
    for (long c : counts) {
      n += c;
    }
    return n;
  }

  /** Reads counts of cases, each at most {@link Histograms#MAX_CASES}, so that no sum of them overflows. */
  private void fill(long[] into) {
    for (int i = 0; i < into.length; i++) {
      long n = varint();
      if (n > Histograms.MAX_CASES) {
        throw refused(n + " cases", "a count of cases is at most " + Histograms.MAX_CASES + " (2^40)");
      }
      into[i] = n;
    }
  }

  /** A varint no larger than {@code max}. */
  private int count(String field, int max) {
    long n = varint();
    if (n > max) {
      throw new InvalidInputException("bytes." + field, n, "must be at most " + max);
    }
    return (int) n;
  }

  /** An unsigned varint of at most 63 bits, so never negative. */
  private long varint() {
    long value = 0;
    for (int shift = 0; shift < 63; shift += 7) {
      int b = next();
      value |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        if (b == 0 && shift > 0) {
          throw refused("offset " + (at - 1), "a count is written in its fewest bytes");
        }
        return value;
      }
    }
    throw refused("offset " + at, "a count is at most 9 bytes, 63 bits");
  }

  private int next() {
    if (at == bytes.length) {
      throw refused(bytes.length + " bytes", "they end before the tally does");
    }
    return bytes[at++] & 0xFF;
  }

  private String string() {
    int length = count("string", MAX_STRING);
    if (length > bytes.length - at) {
      throw refused(bytes.length + " bytes", "they end before the tally does");
    }
    String s = new String(bytes, at, length, StandardCharsets.UTF_8);
    at += length;
    return s;
  }

  private static InvalidInputException refused(String value, String rule) {
    return new InvalidInputException("bytes", value, rule);
  }
}
