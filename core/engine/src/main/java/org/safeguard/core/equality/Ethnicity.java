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

/**
 * A victim's ethnic group, in the five broad groups of the census of England and Wales, with
 * White British apart from the other White groups.
 */
public enum Ethnicity {
  /** White: English, Welsh, Scottish, Northern Irish or British. */
  WHITE_BRITISH,
  /** White: Irish, Gypsy or Irish Traveller, Roma, or any other White background. */
  WHITE_OTHER,
  /** Mixed or multiple ethnic groups. */
  MIXED,
  /** Asian or Asian British. */
  ASIAN,
  /** Black, Black British, Caribbean or African. */
  BLACK,
  /** Any other ethnic group. */
  OTHER;

  /**
   * Whether the group counts as Black and minority ethnic (B&amp;ME) in an access table: every group
   * but White British, the way the population figure it is set against is usually drawn.
   *
   * @return true for every group but {@link #WHITE_BRITISH}
   */
  public boolean minorityEthnic() {
    return this != WHITE_BRITISH;
  }
}
