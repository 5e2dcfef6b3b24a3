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
package org.safeguard.core.casework;

/** What a safety-plan action is about. */
public enum ActionCategory {
  /** Locks, alarms and other security for the home. */
  HOME_SECURITY,
  /** How to leave quickly and safely if the victim has to. */
  ESCAPE_PLAN,
  /** Ways to call for help or keep in touch that the abuser cannot see. */
  SAFE_COMMUNICATION,
  /** The children's safety: at home, at school and at contact. */
  CHILDREN,
  /** Injunctions, orders and other legal protection. */
  LEGAL_PROTECTION,
  /** Where the victim lives, or could move to. */
  HOUSING,
  /** Physical and mental health care. */
  HEALTH,
  /** Money, benefits and access to her own funds. */
  FINANCES,
  /** Family, friends and services the victim can turn to. */
  SUPPORT_NETWORK,
  /** Anything the other categories do not cover. */
  OTHER
}
