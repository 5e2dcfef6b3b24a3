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
package org.safeguard.core.perpetrator;

/**
 * The classes of police incident the Drive evaluation counted (<i>Evaluation of the Drive
 * Project</i>, University of Bristol, 2019: police data, Site 2): domestic-abuse related or not,
 * and of each, those recorded as crimes.
 */
public enum IncidentClass {
  /** Flagged as domestic-abuse related. */
  DOMESTIC_ABUSE,
  /** Domestic-abuse related and recorded as a crime. */
  DOMESTIC_ABUSE_CRIMED,
  /** Not domestic-abuse related. */
  OTHER,
  /** Not domestic-abuse related, and recorded as a crime. */
  OTHER_CRIMED
}
