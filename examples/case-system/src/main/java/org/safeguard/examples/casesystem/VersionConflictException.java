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
package org.safeguard.examples.casesystem;

/**
 * A write named a version that is no longer the stored one: another writer changed the record
 * since this one read it. Nothing of the refused command was stored; read the record again, and
 * decide again on what it now holds.
 */
public final class VersionConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String id;
  private final long expected;
  private final long stored;

  VersionConflictException(String noun, String id, long expected, long stored) {
    super(noun + " " + id + " is at version " + (stored < 0 ? "(none)" : String.valueOf(stored)) + ", not the version "
        + expected + " this command was made on; another writer changed it first, so nothing was stored: read it again");
    this.id = id;
    this.expected = expected;
    this.stored = stored;
  }

  /**
   * The record the write was for.
   *
   * @return its id: a case's, a perpetrator case's or a meeting's
   */
  public String id() {
    return id;
  }

  /**
   * The version the writer read and named.
   *
   * @return the expected version (0 for a record the writer meant to open)
   */
  public long expected() {
    return expected;
  }

  /**
   * The version stored when the write was refused.
   *
   * @return the stored version, or -1 when the record is not stored
   */
  public long stored() {
    return stored;
  }
}
