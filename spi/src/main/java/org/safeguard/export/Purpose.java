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
package org.safeguard.export;

/**
 * Why data leaves the service, which decides what leaves. The engine applies a purpose to every
 * record before an exporter sees it, field by field, from each field's {@link FieldKind} and the
 * purposes the field is for ({@link Field#purposes()}).
 */
public enum Purpose {
  /** For the embedding system's own use: every field as recorded. */
  FULL,
  /**
   * What a MARAC meeting needs: risk, routes and their evidence, safety plan actions and the
   * agencies that own them, incidents, referrals, consent and sharing. No free text
   * ({@link FieldKind#FREE_TEXT}); no contact log and no outcome reviews, and of a perpetrator case
   * neither the needs nor the case manager's work log, and no revisions, which would count them
   * (fields for other purposes). A MARAC return leaves the service, so its small counts are
   * suppressed, and any that would give one away withheld, as under research ({@link FieldKind#COUNT}).
   */
  MARAC,
  /**
   * For research and commissioning: ids replaced by keyed pseudonyms ({@link FieldKind#ID}),
   * dates to the month ({@link FieldKind#DATE}), ages banded ({@link FieldKind#AGE}), no time of
   * day ({@link FieldKind#TIMESTAMP}), no staff ids, no free text, no text the engine or an
   * instrument wrote about one case (it may name an assessor, a date or an age), and aggregate
   * counts below the small-cell threshold suppressed, with any count that would give one away
   * withheld ({@link FieldKind#COUNT}).
   */
  RESEARCH
}
