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

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.safeguard.core.PerpetratorWork;
import org.safeguard.core.Safeguard;
import org.safeguard.core.export.PerpetratorRecords;
import org.safeguard.core.perpetrator.PerpetratorCase;
import org.safeguard.core.perpetrator.PerpetratorChange;
import org.safeguard.core.perpetrator.PerpetratorEvent;
import org.safeguard.export.ExportRecord;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;

/**
 * Perpetrators' cases, kept as victims' cases are: a command a transaction, a version a write, the
 * events beside the snapshot. A perpetrator case names its victims' cases by id; the two sides are
 * stored apart, as the services that work them are.
 */
public final class PerpetratorStore {
  private final PerpetratorWork work;
  private final VersionedTable<PerpetratorCase, PerpetratorEvent, PerpetratorChange> cases;

  PerpetratorStore(Safeguard safeguard, CaseDatabase database, StoredForm form) {
    this.work = safeguard.perpetratorWork();
    this.cases = new Cases(database, form);
  }

  /**
   * Stores a perpetrator case just referred.
   *
   * @param referral what {@link PerpetratorWork#refer} returned
   * @return the case as stored, at version 1
   * @throws VersionConflictException when a case of that id is stored already
   */
  public Stored<PerpetratorCase> refer(PerpetratorChange referral) {
    return cases.open(referral);
  }

  /**
   * Runs a command on a stored perpetrator case and stores what it did, in one transaction.
   *
   * @param caseId the perpetrator case
   * @param expectedVersion the version the caller read
   * @param command the command, such as {@code c -> work.recordEngagement(c, day, level)}
   * @return the change, as stored
   * @throws VersionConflictException when the case is no longer at {@code expectedVersion}; nothing is stored
   * @throws InvalidInputException when the case is not stored, or the engine refuses the command
   */
  public PerpetratorChange execute(String caseId, long expectedVersion, Function<PerpetratorCase, PerpetratorChange> command) {
    return cases.execute(caseId, expectedVersion, command);
  }

  /**
   * The perpetrator case as stored.
   *
   * @param caseId the perpetrator case
   * @return the snapshot and its version, or empty when none is stored
   */
  public Optional<Stored<PerpetratorCase>> find(String caseId) {
    return cases.find(caseId);
  }

  /**
   * The case's events as stored, in the order recorded.
   *
   * @param caseId the perpetrator case
   * @return its events, from its referral
   */
  public List<PerpetratorEvent> events(String caseId) {
    return cases.events(caseId);
  }

  /**
   * The case rebuilt from its stored events through {@link PerpetratorWork#replay}.
   *
   * @param caseId the perpetrator case
   * @return the case the events make
   * @throws InvalidInputException when no events are stored for it
   */
  public PerpetratorCase rebuild(String caseId) {
    MissingValueException.require("caseId", caseId);
    return work.replay(cases.events(caseId));
  }

  /**
   * Every stored perpetrator case, a row at a time.
   *
   * @param each what to do with each
   */
  public void forEach(Consumer<PerpetratorCase> each) {
    MissingValueException.require("each", each);
    cases.forEach(each);
  }

  void forEachRecord(Connection connection, Consumer<ExportRecord> each) throws SQLException {
    cases.forEachRecord(connection, each);
  }

  /** {@code perpetrator_case} and {@code perpetrator_event}. */
  private static final class Cases extends VersionedTable<PerpetratorCase, PerpetratorEvent, PerpetratorChange> {
    Cases(CaseDatabase database, StoredForm form) {
      super(database, form, "perpetrator case", "perpetrator_case", "perpetrator_event");
    }

    @Override
    String id(PerpetratorCase value) {
      return value.caseId();
    }

    @Override
    long revision(PerpetratorCase value) {
      return value.revision();
    }

    @Override
    PerpetratorCase value(PerpetratorChange change) {
      return change.perpetratorCase();
    }

    @Override
    List<PerpetratorEvent> events(PerpetratorChange change) {
      return change.events();
    }

    @Override
    long eventRevision(PerpetratorEvent event) {
      return event.revision();
    }

    @Override
    LocalDate eventOn(PerpetratorEvent event) {
      return event.on();
    }

    @Override
    String eventType(PerpetratorEvent event) {
      return event.getClass().getSimpleName();
    }

    @Override
    ExportRecord record(PerpetratorCase value) {
      return PerpetratorRecords.ofCase(value);
    }

    @Override
    ExportRecord eventRecord(PerpetratorEvent event) {
      return PerpetratorRecords.ofEvent(event);
    }

    @Override
    PerpetratorCase readValue(ExportRecord record) {
      return PerpetratorRecords.toCase(record);
    }

    @Override
    PerpetratorEvent readEvent(ExportRecord record) {
      return PerpetratorRecords.toEvent(record);
    }
  }
}
