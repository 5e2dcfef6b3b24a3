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
package org.safeguard.core.export;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Purpose;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;

/**
 * Why an export is made, and what the engine needs to keep to it: the {@link Purpose}, and for
 * research the caller's key for pseudonyms and the smallest count an aggregate cell may show.
 * Immutable and safe to share; its {@code toString} never shows the key.
 */
public final class ExportProfile {
  /** The shortest research key taken: as long as the HMAC-SHA256 output, as RFC 2104 advises. */
  public static final int MIN_KEY_BYTES = 32;
  /**
   * The small-cell threshold unless set otherwise: under research, an aggregate cell (a count of a
   * cohort report) counting from 1 to one fewer cases goes out suppressed, as {@code <5}.
   */
  public static final int DEFAULT_SMALL_CELL = 5;

  private static final ExportProfile FULL = new ExportProfile(Purpose.FULL, null, DEFAULT_SMALL_CELL);
  private static final ExportProfile MARAC = new ExportProfile(Purpose.MARAC, null, DEFAULT_SMALL_CELL);

  private final Purpose purpose;
  private final byte @Nullable [] key;
  private final int smallCell;

  private ExportProfile(Purpose purpose, byte @Nullable [] key, int smallCell) {
    this.purpose = purpose;
    this.key = key;
    this.smallCell = smallCell;
  }

  /**
   * For the embedding system's own use: every field as recorded.
   *
   * @return the profile
   */
  public static ExportProfile full() {
    return FULL;
  }

  /**
   * For a MARAC meeting: no free text, no contact log, no outcome reviews; of a perpetrator case, not
   * the needs nor the case manager's work log, nor their events; and no revision of a case or an
   * event, which less what is shown would count what is left out. A MARAC return leaves the service,
   * so under this profile too its counts below {@value #DEFAULT_SMALL_CELL} go out suppressed.
   *
   * @return the profile
   */
  public static ExportProfile marac() {
    return MARAC;
  }

  /**
   * For research, with the small-cell threshold {@value #DEFAULT_SMALL_CELL}.
   *
   * @param key the secret for keyed pseudonyms (HMAC-SHA256), at least {@value #MIN_KEY_BYTES}
   *     bytes; copied. The same key gives the same pseudonym for the same id, so exports made
   *     with it link; keep it apart from the exports.
   * @return the profile
   * @throws InvalidInputException when the key is too short; the key is never echoed
   */
  public static ExportProfile research(byte[] key) {
    return research(key, DEFAULT_SMALL_CELL);
  }

  /**
   * For research, with a chosen small-cell threshold.
   *
   * @param key the secret for keyed pseudonyms, at least {@value #MIN_KEY_BYTES} bytes; copied
   * @param smallCell aggregate cells counting from 1 to one fewer cases than this go out suppressed;
   *     1 (suppress nothing) to 1000
   * @return the profile
   * @throws InvalidInputException when the key is too short or the threshold out of range
   */
  public static ExportProfile research(byte[] key, int smallCell) {
    MissingValueException.require("key", key);
    if (key.length < MIN_KEY_BYTES) {
      throw new InvalidInputException("key", key.length + " bytes", "a research key has at least " + MIN_KEY_BYTES + " bytes");
    }
    if (smallCell < 1 || smallCell > org.safeguard.export.Count.MAX_THRESHOLD) {
      throw new InvalidInputException("smallCell", smallCell, "the small-cell threshold is from 1 to 1000");
    }
    return new ExportProfile(Purpose.RESEARCH, key.clone(), smallCell);
  }

  /**
   * The purpose.
   *
   * @return the purpose records are made for
   */
  public Purpose purpose() {
    return purpose;
  }

  /**
   * The smallest count other than zero an aggregate cell shows under research; smaller ones go out
   * suppressed ({@link org.safeguard.export.Count#suppressedBelow(int)}); a count of a cohort
   * report that would let one be worked out by subtraction is withheld as well
   * ({@link org.safeguard.export.Count#withheld()}).
   *
   * @return the threshold
   */
  public int smallCell() {
    return smallCell;
  }

  /**
   * Applies this profile to a record made for FULL: leaves out the fields not for this purpose and
   * transforms the rest by kind (see {@link org.safeguard.export.FieldKind}). The engine does this
   * for every record of an export; call it to see what an export would carry.
   *
   * @param full a record made for FULL, one this purpose {@linkplain #letsOut lets out}
   * @return the record made for this profile's purpose; the same record under FULL
   * @throws InvalidInputException when the record was already made for another purpose, or is one
   *     this purpose does not let out
   */
  public ExportRecord apply(ExportRecord full) {
    if (!letsOut(full)) {
      throw new InvalidInputException("full", full.text("type").orElse(full.schema().name()),
          "is a record " + purpose + " does not let out at all; ask letsOut first");
    }
    return filter().apply(full);
  }

  /**
   * Whether this purpose lets a record out at all. It lets out every record but an event (of a case,
   * a perpetrator case or a MARAC referral) of a kind whose content it drops: a contact's or a
   * review's event under MARAC, a perpetrator's needs or work log entry, or a referral's equality
   * answers under any purpose but FULL. The event's kind and day alone would rebuild the log the
   * purpose leaves out. The engine writes no such event, and {@link #apply}
   * refuses one.
   *
   * @param full a record made for FULL
   * @return false for an event of a kind whose content this purpose drops, or carrying such
   *     content whatever its type says; true otherwise
   */
  public boolean letsOut(ExportRecord full) {
    MissingValueException.require("full", full);
    org.safeguard.export.Schema schema = full.schema();
    if (schema != org.safeguard.export.Schemas.CASE_EVENT && schema != org.safeguard.export.Schemas.PERPETRATOR_EVENT
        && schema != org.safeguard.export.Schemas.REFERRAL_EVENT) {
      return true;
    }
    java.util.List<org.safeguard.export.Field> fields = full.schema().fields();
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).kind() == org.safeguard.export.FieldKind.RECORD && full.has(i) && !fields.get(i).isFor(purpose)) {
        return false;
      }
    }
    java.util.function.Function<String, java.util.Optional<String>> contentOf = schema == org.safeguard.export.Schemas.CASE_EVENT
        ? ExportRecords::eventContent
        : schema == org.safeguard.export.Schemas.PERPETRATOR_EVENT ? PerpetratorRecords::eventContent : ReferralRecords::eventContent;
    java.util.Optional<String> content = full.text("type").flatMap(contentOf);
    return content.isEmpty() || fields.get(full.schema().indexOf(content.get())).isFor(purpose);
  }

  /** A filter for one thread: it holds the keyed MAC, which is not thread-safe. */
  PurposeFilter filter() {
    return new PurposeFilter(purpose, key, smallCell);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ExportProfile && ((ExportProfile) o).purpose == purpose && ((ExportProfile) o).smallCell == smallCell
        && Arrays.equals(((ExportProfile) o).key, key);
  }

  @Override
  public int hashCode() {
    return purpose.hashCode() * 31 + smallCell;
  }

  /** The purpose and threshold; never the key. */
  @Override
  public String toString() {
    return "ExportProfile{" + purpose + (purpose == Purpose.RESEARCH ? ", key=<redacted>, smallCell=" + smallCell : "") + "}";
  }
}
