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

import java.io.OutputStream;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.safeguard.core.Safeguard;
import org.safeguard.core.export.ExportProfile;
import org.safeguard.core.export.ExportSession;
import org.safeguard.export.ExportRecord;
import org.safeguard.model.MissingValueException;

/**
 * The vendor's case system: one engine, one database, and the stores of what it keeps. Built once
 * at start and shared; every store is thread-safe.
 */
public final class CaseSystem {
  private final Safeguard safeguard;
  private final CaseDatabase database;
  private final CaseStore cases;
  private final PerpetratorStore perpetrators;
  private final MeetingStore meetings;

  /**
   * The case system over a migrated database.
   *
   * @param safeguard the engine
   * @param database the database, opened with {@link CaseDatabase#open}
   */
  public CaseSystem(Safeguard safeguard, CaseDatabase database) {
    MissingValueException.require("safeguard", safeguard);
    MissingValueException.require("database", database);
    this.safeguard = safeguard;
    this.database = database;
    StoredForm form = new StoredForm(safeguard);
    this.cases = new CaseStore(safeguard, database, form);
    this.perpetrators = new PerpetratorStore(safeguard, database, form);
    this.meetings = new MeetingStore(safeguard, database, form);
  }

  /**
   * Victims' cases, with their assessments and MARAC decisions.
   *
   * @return the store
   */
  public CaseStore cases() {
    return cases;
  }

  /**
   * Perpetrators' cases.
   *
   * @return the store
   */
  public PerpetratorStore perpetrators() {
    return perpetrators;
  }

  /**
   * The MARAC's meetings and their actions.
   *
   * @return the store
   */
  public MeetingStore meetings() {
    return meetings;
  }

  /**
   * Exports everything stored, read from the database a row at a time and written through an
   * exporter plugin as it comes (on PostgreSQL memory stays flat however much there is; H2 buffers
   * each result unless its URL sets {@code LAZY_QUERY_EXECUTION=TRUE}). The profile decides
   * what leaves: a record its purpose must not carry is left out whole, a field it must not carry
   * is dropped, and the engine checks every record before the exporter sees it. Everything is read
   * in one repeatable-read transaction: the export is the database as it stood when it began.
   *
   * @param exporterId the exporter, such as {@code ndjson} or {@code csv}
   * @param profile why the export is made
   * @param out where it goes; the caller closes it
   * @return the number of records written
   */
  public long export(String exporterId, ExportProfile profile, OutputStream out) {
    // one snapshot of the database, so the cases, events and decisions exported are in step with
    // one another whatever is written meanwhile; in one call, so an export that fails part-way is
    // abandoned, never ended like a whole one
    return database.inSnapshot("export", connection -> safeguard.export(exporterId, profile, out, session -> {
      try {
        Consumer<ExportRecord> each = record -> write(session, profile, record);
        cases.forEachRecord(connection, each);
        perpetrators.forEachRecord(connection, each);
        meetings.forEachRecord(connection, each);
      } catch (SQLException e) {
        throw new IllegalStateException("the case system's database could not be read for the export (SQL state " + e.getSQLState() + ")", e);
      }
    }));
  }

  private static void write(ExportSession session, ExportProfile profile, ExportRecord full) {
    if (profile.letsOut(full)) {
      session.write(full);
    }
  }
}
