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
 * How a piece of a case manager's work was done: the channels the Drive case management system
 * recorded actions by (<i>Evaluation of the Drive Project</i>, University of Bristol, 2019,
 * Table 7), and a meeting or a records check for indirect work.
 */
public enum WorkMode {
  /** Face to face, one to one or with another agency present. */
  FACE_TO_FACE,
  /** A visit to the perpetrator's home. */
  HOME_VISIT,
  /** A telephone call. */
  TELEPHONE,
  /** A text message sent. */
  TEXT_MESSAGE,
  /** An email. */
  EMAIL,
  /** A letter. */
  LETTER,
  /** A message left, with no conversation. */
  MESSAGE_LEFT,
  /** A meeting of agencies, in person or online. */
  MEETING,
  /** A check of records or systems, with nobody contacted. */
  RECORDS_CHECK
}
