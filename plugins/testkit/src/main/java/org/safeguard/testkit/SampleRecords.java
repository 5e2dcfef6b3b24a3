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
package org.safeguard.testkit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.safeguard.export.AgeRange;
import org.safeguard.export.Count;
import org.safeguard.export.ExportDate;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Field;
import org.safeguard.export.FieldKind;
import org.safeguard.export.Purpose;
import org.safeguard.export.Schema;

/**
 * Synthetic records of any schema, made for FULL, for exporter tests: every field filled or left
 * out at random, lists of up to three, nested records to the bottom, and text that is awkward for
 * a format (quotes, commas, line breaks, non-Latin letters). Values that some purpose must not let
 * out carry a marker: free text {@link #FREE_TEXT_MARKER}, ids and staff ids {@link #IDENTITY_MARKER},
 * and any text of a field not for every purpose (or nested in one) {@link #notForMarker(Purpose)}
 * for each purpose it is not for. No real person is described: the values are random.
 */
public final class SampleRecords {
  /** In every free-text value: never in an export for MARAC or research. */
  public static final String FREE_TEXT_MARKER = "zqfreetextmarkerqz";
  /** In every id and staff id: never in an export for research. */
  public static final String IDENTITY_MARKER = "zqidentitymarkerqz";

  private static final String[] AWKWARD = {"plain", "with, comma", "with \"quotes\"", "two\nlines", "tab\there", "naïve café", "Ωμέγα",
      "日本語", "emoji \uD83D\uDE00", "back\\slash", "<b>tag</b>", "semi;colon", " leading space", "trailing space ", "=1+1"};

  /** The research key the kit exports with: fixed, so that runs repeat; never a real service's key. */
  private static final byte[] RESEARCH_KEY = "testkit research key, 32 bytes!!".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private SampleRecords() {}

  /**
   * The profile the kit exports with for a purpose: research under the kit's own fixed key.
   *
   * @param purpose the purpose
   * @return {@code ExportProfile.full()}, {@code marac()} or {@code research(key)}
   */
  public static org.safeguard.core.export.ExportProfile profile(Purpose purpose) {
    switch (purpose) {
      case MARAC:
        return org.safeguard.core.export.ExportProfile.marac();
      case RESEARCH:
        return org.safeguard.core.export.ExportProfile.research(RESEARCH_KEY);
      default:
        return org.safeguard.core.export.ExportProfile.full();
    }
  }

  /**
   * The marker in every text value of a field that is not for a purpose.
   *
   * @param purpose the purpose the field is not for
   * @return the marker, lower-case letters only
   */
  public static String notForMarker(Purpose purpose) {
    return "zqnotfor" + purpose.name().toLowerCase(java.util.Locale.ROOT) + "qz";
  }

  /**
   * Records of a schema, the same for the same seed.
   *
   * @param schema the schema
   * @param count how many
   * @param seed the seed
   * @return the records, made for FULL
   */
  public static List<ExportRecord> of(Schema schema, int count, long seed) {
    Random random = new Random(seed);
    List<ExportRecord> records = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      records.add(record(schema, random, 0, EnumSet.noneOf(Purpose.class)));
    }
    return records;
  }

  /**
   * One record of a schema.
   *
   * @param schema the schema
   * @param seed the seed
   * @return the record, made for FULL
   */
  public static ExportRecord one(Schema schema, long seed) {
    return record(schema, new Random(seed), 0, EnumSet.noneOf(Purpose.class));
  }

  /** A record whose text values carry the markers of {@code notFor}, the purposes an enclosing field is not for. */
  private static ExportRecord record(Schema schema, Random random, int depth, Set<Purpose> notFor) {
    ExportRecord.Builder b = ExportRecord.builder(schema);
    for (Field field : schema.fields()) {
      Set<Purpose> markers = EnumSet.noneOf(Purpose.class);
      markers.addAll(notFor);
      for (Purpose p : Purpose.values()) {
        if (!field.isFor(p)) {
          markers.add(p);
        }
      }
      int n = field.repeated() ? random.nextInt(depth > 2 ? 2 : 4) : random.nextInt(10) < 8 ? 1 : 0;
      for (int i = 0; i < n; i++) {
        b.set(field.name(), value(field, random, depth, markers));
      }
    }
    return b.build();
  }

  private static Object value(Field field, Random random, int depth, Set<Purpose> notFor) {
    switch (field.kind()) {
      case RECORD:
        return record(field.nested().orElseThrow(), random, depth + 1, notFor);
      case DATE:
        return ExportDate.of(LocalDate.of(1990, 1, 1).plusDays(random.nextInt(40 * 365)));
      case TIMESTAMP:
        return Instant.ofEpochSecond(631_152_000L + random.nextInt(1_200_000_000), random.nextInt(1_000) * 1_000_000L);
      case AGE:
        return AgeRange.exact(random.nextInt(AgeRange.MAX_AGE + 1));
      case INTEGER:
        return random.nextBoolean() ? (long) random.nextInt(100) : random.nextLong();
      case BOOLEAN:
        return random.nextBoolean();
      case DECIMAL:
        // fractions and whole numbers, trailing zeros kept (2.50 is not 2.5 to a record), now and then an exponent to be held plain
        return random.nextInt(8) == 0 ? new java.math.BigDecimal(random.nextInt(100) + "E+" + random.nextInt(4))
            : java.math.BigDecimal.valueOf(random.nextInt(2_000_000) - 1_000_000, random.nextInt(5));
      case COUNT:
        // small cells often, so that the research profile's suppression is exercised
        return Count.of(random.nextBoolean() ? random.nextInt(12) : random.nextInt(1_000_000));
      case CODE:
        return "code-" + random.nextInt(1000) + limited(notFor, "-");
      case ID:
      case STAFF_ID:
        return "id " + random.nextInt(1_000_000) + " " + IDENTITY_MARKER + limited(notFor, " ") + " " + AWKWARD[random.nextInt(AWKWARD.length)];
      case FREE_TEXT:
        return AWKWARD[random.nextInt(AWKWARD.length)] + " " + FREE_TEXT_MARKER + limited(notFor, " ") + " " + AWKWARD[random.nextInt(AWKWARD.length)];
      default:
        return AWKWARD[random.nextInt(AWKWARD.length)] + limited(notFor, " ") + " " + random.nextInt(1000);
    }
  }

  /** The markers of the purposes a value is not for, each after the separator. */
  private static String limited(Set<Purpose> notFor, String separator) {
    StringBuilder b = new StringBuilder();
    for (Purpose p : notFor) {
      b.append(separator).append(notForMarker(p));
    }
    return b.toString();
  }
}
