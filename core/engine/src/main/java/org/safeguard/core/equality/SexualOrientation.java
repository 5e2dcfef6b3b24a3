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
package org.safeguard.core.equality;

/** A victim's sexual orientation. */
public enum SexualOrientation {
  /** Heterosexual or straight. */
  HETEROSEXUAL,
  /** Gay or lesbian. */
  GAY_OR_LESBIAN,
  /** Bisexual. */
  BISEXUAL,
  /** Another sexual orientation; the person's own words are not kept. */
  ANOTHER_ORIENTATION;

  /**
   * Whether the orientation counts in the lesbian, gay and bisexual part of an access table's
   * LGBT row (trans status is not among the fields recorded here).
   *
   * @return true for every orientation but {@link #HETEROSEXUAL}
   */
  public boolean lesbianGayOrBisexual() {
    return this != HETEROSEXUAL;
  }
}
