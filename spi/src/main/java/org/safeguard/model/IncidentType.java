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
package org.safeguard.model;

/**
 * Kinds of domestic-abuse incident. Every kind counts towards potential escalation. Which kinds make
 * a repeat MARAC referral is the policy's to say ({@link MaracParameters#repeatIncidentTypes()}):
 * under SafeLives' current definition every kind does.
 */
public enum IncidentType {
  /** Violence or threats of violence, including against property. */
  VIOLENCE_OR_THREATS,
  /** A pattern of stalking or harassment. */
  STALKING_OR_HARASSMENT,
  /** Rape or sexual abuse. */
  SEXUAL_ABUSE,
  /** Any other domestic-abuse incident known to an agency, such as controlling behaviour. */
  OTHER_ABUSE,
  /** A breach of bail conditions or of a court order, such as a non-molestation order. */
  BREACH_OF_ORDER
}
