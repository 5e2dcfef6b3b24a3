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

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.safeguard.export.AgeRange;
import org.safeguard.export.Count;
import org.safeguard.export.ExportDate;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Field;
import org.safeguard.export.Purpose;
import org.safeguard.export.Schema;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;

/**
 * Applies a purpose to records made for FULL, field by field. One per thread: the MAC it keeps for
 * research pseudonyms is not thread-safe.
 */
final class PurposeFilter {
  /** Pseudonyms keep the first 16 bytes of the HMAC: 128 bits, 32 hex digits. */
  static final int PSEUDONYM_BYTES = 16;
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final Purpose purpose;
  private final @Nullable Mac mac;
  private final int smallCell;
  /**
   * The fields of the aggregate record being filtered that are hidden: counts small or withheld (a
   * cohort report under research, a MARAC return under every purpose but FULL), and values worked
   * out from them; null otherwise.
   */
  private java.util.@Nullable Map<ExportRecord, boolean[]> hidden;
  /** Whether the record being filtered has its small counts suppressed. */
  private boolean suppressing;

  PurposeFilter(Purpose purpose, byte @Nullable [] key, int smallCell) {
    this.purpose = purpose;
    this.smallCell = smallCell;
    if (key == null) {
      this.mac = null;
    } else {
      try {
        Mac m = Mac.getInstance("HmacSHA256");
        m.init(new SecretKeySpec(key, "HmacSHA256"));
        this.mac = m;
      } catch (GeneralSecurityException e) {
        // every Java platform must provide HmacSHA256 (javax.crypto.Mac's documentation)
        throw new IllegalStateException("this Java runtime has no HmacSHA256", e);
      }
    }
  }

  ExportRecord apply(ExportRecord full) {
    MissingValueException.require("record", full);
    if (full.purpose() != Purpose.FULL) {
      throw new InvalidInputException("record", full.purpose(), "a purpose is applied to a record made for FULL, once");
    }
    if (purpose == Purpose.FULL) {
      return full;
    }
    suppressing = purpose == Purpose.RESEARCH;
    if (purpose == Purpose.RESEARCH && full.schema() == org.safeguard.export.Schemas.COHORT_REPORT) {
      hidden = CohortDisclosure.hidden(full, smallCell);
    } else if (full.schema() == org.safeguard.export.Schemas.MARAC_RETURN) {
      // a return leaves the service under every purpose but FULL: MARAC as well as research
      suppressing = true;
      hidden = ReturnDisclosure.hidden(full, smallCell);
    }
    try {
      return filtered(full);
    } finally {
      hidden = null;
      suppressing = false;
    }
  }

  private ExportRecord filtered(ExportRecord full) {
    Schema schema = full.schema();
    ExportRecord.Builder out = ExportRecord.builder(schema).purpose(purpose);
    List<Field> fields = schema.fields();
    for (int i = 0; i < fields.size(); i++) {
      Field field = fields.get(i);
      if (!field.isFor(purpose) || !full.has(i)) {
        continue;
      }
      Object value = full.get(i);
      if (field.kind() == org.safeguard.export.FieldKind.COUNT && !field.repeated() && suppressing) {
        out.set(i, count(full, i, (Count) value));
        continue;
      }
      if (field.kind() != org.safeguard.export.FieldKind.COUNT && isHidden(full, i)) {
        // a value worked out from a count not shown
        continue;
      }
      if (field.repeated()) {
        for (Object element : (List<?>) value) {
          Object kept = kept(field, element);
          if (kept != null) {
            out.set(i, kept);
          }
        }
      } else {
        Object kept = kept(field, value);
        if (kept != null) {
          out.set(i, kept);
        }
      }
    }
    return out.build();
  }

  /** A count as a purpose that suppresses shows it: suppressed when small, withheld when the record's arithmetic would give a small one away. */
  private Count count(ExportRecord full, int field, Count count) {
    Count shown = count.suppressedBelow(smallCell);
    return isHidden(full, field) && !shown.suppressed() ? Count.withheld() : shown;
  }

  private boolean isHidden(ExportRecord full, int field) {
    java.util.Map<ExportRecord, boolean[]> map = hidden;
    boolean @Nullable [] hide = map == null ? null : map.get(full);
    return hide != null && hide[field];
  }

  /** The value as the purpose keeps it, or null when the purpose drops it. */
  private @Nullable Object kept(Field field, Object value) {
    boolean research = purpose == Purpose.RESEARCH;
    switch (field.kind()) {
      case RECORD:
        return filtered((ExportRecord) value);
      case FREE_TEXT:
        return null;
      case STAFF_ID:
      case TIMESTAMP:
        return research ? null : value;
      case ID:
        return research ? pseudonym(field.name(), (String) value) : value;
      case DATE:
        return research ? ((ExportDate) value).toMonth() : value;
      case AGE:
        return research ? ((AgeRange) value).toBand() : value;
      default:
        return value;
    }
  }

  /** HMAC-SHA256 over the field's name and the id, so that ids in fields of one name link and no other. */
  private String pseudonym(String fieldName, String id) {
    Mac m = java.util.Objects.requireNonNull(mac, "a research filter has a key");
    m.update(fieldName.getBytes(StandardCharsets.UTF_8));
    m.update((byte) 0);
    byte[] digest = m.doFinal(id.getBytes(StandardCharsets.UTF_8));
    char[] hex = new char[PSEUDONYM_BYTES * 2];
    for (int i = 0; i < PSEUDONYM_BYTES; i++) {
      hex[2 * i] = HEX[(digest[i] >> 4) & 0xf];
      hex[2 * i + 1] = HEX[digest[i] & 0xf];
    }
    return new String(hex);
  }
}
