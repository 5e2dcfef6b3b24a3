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
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.safeguard.core.Casework;
import org.safeguard.core.Safeguard;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.casework.CaseChange;
import org.safeguard.core.casework.CaseEvent;
import org.safeguard.core.casework.CaseFile;
import org.safeguard.core.casework.CaseOpened;
import org.safeguard.core.casework.IntakeRecorded;
import org.safeguard.core.casework.ReviewRecorded;
import org.safeguard.core.export.ExportProfile;
import org.safeguard.core.export.ExportRecords;
import org.safeguard.core.export.ExportSession;
import org.safeguard.core.marac.MaracDecision;
import org.safeguard.core.outcome.CohortReport;
import org.safeguard.core.outcome.CohortTally;
import org.safeguard.core.outcome.ReportParameters;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;

/**
 * The case system's store of victims' cases: each command runs on the case as read and is stored in
 * one transaction (the new snapshot, its events, the assessments they carry, the MARAC decision),
 * or not at all. A write names the version it read; when another writer got there first the write
 * is refused with a {@link VersionConflictException} and stores nothing, so no update is lost.
 * Thread-safe: each call takes its own connection, and writers to different cases never wait on
 * each other.
 */
public final class CaseStore {
  private final Safeguard safeguard;
  private final Casework casework;
  private final CaseDatabase database;
  private final StoredForm form;

  /**
   * A store over a migrated database.
   *
   * @param safeguard the engine whose casework the commands run on
   * @param database the database
   */
  public CaseStore(Safeguard safeguard, CaseDatabase database) {
    MissingValueException.require("safeguard", safeguard);
    MissingValueException.require("database", database);
    this.safeguard = safeguard;
    this.casework = safeguard.casework();
    this.database = database;
    this.form = new StoredForm(safeguard);
  }

  /**
   * Stores a case just opened.
   *
   * @param opening what {@link Casework#open} returned
   * @return the case as stored, at version 1
   * @throws VersionConflictException when a case of that id is stored already
   */
  public StoredCase open(CaseChange opening) {
    MissingValueException.require("opening", opening);
    CaseFile file = opening.caseFile();
    if (file.revision() != 1 || opening.events().size() != 1 || !(opening.events().get(0) instanceof CaseOpened)) {
      throw new InvalidInputException("opening", file.caseId(), "a case's opening change, at revision 1");
    }
    try {
      inTransaction("open", connection -> insertOpened(connection, opening));
    } catch (DuplicateCase e) {
      // the failed insert ended its transaction (PostgreSQL aborts it), so the stored version is read afresh
      throw new VersionConflictException(file.caseId(), 0, find(file.caseId()).map(StoredCase::version).orElse(-1L));
    }
    return new StoredCase(file, file.revision());
  }

  private void insertOpened(Connection connection, CaseChange opening) throws SQLException {
    CaseFile file = opening.caseFile();
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO victim_case (case_id, version, opened_on, closed, snapshot) VALUES (?, ?, ?, ?, ?)")) {
      insert.setString(1, file.caseId());
      insert.setLong(2, file.revision());
      insert.setDate(3, Date.valueOf(file.openedOn()));
      insert.setBoolean(4, file.closed());
      insert.setString(5, form.write(ExportRecords.ofCase(file)));
      insert.executeUpdate();
    } catch (SQLException e) {
      if (isDuplicateKey(e)) {
        throw new DuplicateCase();
      }
      throw e;
    }
    storeRecords(connection, opening);
  }

  /** A case of that id is stored already: the insert was refused by the primary key. */
  private static final class DuplicateCase extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DuplicateCase() {
      super(null, null, false, false);
    }
  }

  /**
   * Runs a command on a stored case and stores what it did, in one transaction.
   *
   * @param caseId the case
   * @param expectedVersion the version the caller read, on which it decided to run the command
   * @param command the command
   * @return the change the command made, as stored; its case's revision is the new version
   * @throws VersionConflictException when the case is no longer at {@code expectedVersion}; nothing is stored
   * @throws InvalidInputException when the case is not stored, or the engine refuses the command
   *     (then nothing is stored either)
   */
  public CaseChange execute(String caseId, long expectedVersion, CaseCommand command) {
    MissingValueException.require("caseId", caseId);
    MissingValueException.require("command", command);
    StoredCase read = find(caseId).orElseThrow(() -> new InvalidInputException("caseId", caseId, "a case stored in this system"));
    if (read.version() != expectedVersion) {
      throw new VersionConflictException(caseId, expectedVersion, read.version());
    }
    CaseChange change = command.apply(casework, read.file());
    CaseFile next = change.caseFile();
    if (!next.caseId().equals(caseId) || next.revision() != expectedVersion + change.events().size()) {
      throw new InvalidInputException("command", caseId, "a command's change is of the case it ran on, one revision an event");
    }
    inTransaction("execute", connection -> {
      try (PreparedStatement update = connection.prepareStatement(
          "UPDATE victim_case SET version = ?, closed = ?, snapshot = ? WHERE case_id = ? AND version = ?")) {
        update.setLong(1, next.revision());
        update.setBoolean(2, next.closed());
        update.setString(3, form.write(ExportRecords.ofCase(next)));
        update.setString(4, caseId);
        update.setLong(5, expectedVersion);
        if (update.executeUpdate() != 1) {
          throw new VersionConflictException(caseId, expectedVersion, storedVersion(connection, caseId));
        }
      }
      storeRecords(connection, change);
    });
    return change;
  }

  private void storeRecords(Connection connection, CaseChange change) throws SQLException {
    String caseId = change.caseFile().caseId();
    try (PreparedStatement events = connection.prepareStatement(
            "INSERT INTO case_event (case_id, revision, event_type, occurred_on, body) VALUES (?, ?, ?, ?, ?)");
        PreparedStatement assessments = connection.prepareStatement(
            "INSERT INTO assessment (case_id, revision, assessed_on, instrument_id, risk_level, body) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (CaseEvent event : change.events()) {
        events.setString(1, caseId);
        events.setLong(2, event.revision());
        events.setString(3, event.type().name());
        events.setDate(4, Date.valueOf(event.on()));
        events.setString(5, form.write(ExportRecords.ofEvent(event)));
        events.executeUpdate();
        Optional<Assessment> measured = assessmentOf(event);
        if (measured.isPresent()) {
          Assessment a = measured.get();
          assessments.setString(1, caseId);
          assessments.setLong(2, event.revision());
          assessments.setDate(3, Date.valueOf(event.on()));
          assessments.setString(4, a.score().instrumentId());
          assessments.setString(5, a.level().map(Enum::name).orElse(null));
          assessments.setString(6, form.write(ExportRecords.ofAssessment(caseId, a)));
          assessments.executeUpdate();
        }
      }
    }
    if (change.maracDecision().isPresent()) {
      MaracDecision decision = change.maracDecision().get();
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO marac_decision (case_id, case_version, screened_on, outcome, body) VALUES (?, ?, ?, ?, ?)")) {
        insert.setString(1, caseId);
        insert.setLong(2, change.caseFile().revision());
        insert.setDate(3, Date.valueOf(decision.asOf()));
        insert.setString(4, decision.outcome().name());
        insert.setString(5, form.write(ExportRecords.ofDecision(caseId, decision)));
        insert.executeUpdate();
      }
    }
  }

  /** The assessment an event measured: the intake's, or a review's. */
  private static Optional<Assessment> assessmentOf(CaseEvent event) {
    if (event instanceof CaseOpened opened) {
      return opened.intake().map(m -> m.assessment());
    } else if (event instanceof IntakeRecorded intake) {
      return Optional.of(intake.intake().assessment());
    } else if (event instanceof ReviewRecorded review) {
      return Optional.of(review.review().measures().assessment());
    }
    return Optional.empty();
  }

  /**
   * The case as stored.
   *
   * @param caseId the case
   * @return the snapshot and its version, or empty when no such case is stored
   */
  public Optional<StoredCase> find(String caseId) {
    MissingValueException.require("caseId", caseId);
    List<StoredCase> found = new ArrayList<>(1);
    inTransaction("find", connection -> {
      try (PreparedStatement select = connection.prepareStatement("SELECT version, snapshot FROM victim_case WHERE case_id = ?")) {
        select.setString(1, caseId);
        try (ResultSet rows = select.executeQuery()) {
          if (rows.next()) {
            found.add(new StoredCase(ExportRecords.toCase(StoredForm.read(rows.getString(2))), rows.getLong(1)));
          }
        }
      }
    });
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /**
   * The case's events as stored, in the order recorded.
   *
   * @param caseId the case
   * @return its events, from its opening; empty when no such case is stored
   */
  public List<CaseEvent> events(String caseId) {
    MissingValueException.require("caseId", caseId);
    List<CaseEvent> events = new ArrayList<>();
    stream("SELECT body FROM case_event WHERE case_id = ? ORDER BY revision", caseId, body -> events.add(ExportRecords.toEvent(StoredForm.read(body))));
    return events;
  }

  /**
   * The MARAC decisions stored for a case, in the order made.
   *
   * @param caseId the case
   * @return its decisions, referral made or not
   */
  public List<MaracDecision> decisions(String caseId) {
    MissingValueException.require("caseId", caseId);
    List<MaracDecision> decisions = new ArrayList<>();
    stream("SELECT body FROM marac_decision WHERE case_id = ? ORDER BY decision_id", caseId,
        body -> decisions.add(ExportRecords.toDecision(StoredForm.read(body))));
    return decisions;
  }

  /**
   * The case rebuilt from its stored events alone, through {@link Casework#replay}: equal to the
   * stored snapshot when every accepted command was stored whole and no refused one left a trace.
   *
   * @param caseId the case
   * @return the case the events make
   * @throws InvalidInputException when no events are stored for it
   */
  public CaseFile rebuild(String caseId) {
    return casework.replay(events(caseId));
  }

  /**
   * The cohort outcome report of every stored case with its intake measures, read one row at a
   * time: the database's snapshots through one tally, never all in memory.
   *
   * @param parameters the report's bands, threshold and outcome point
   * @return the report
   */
  public CohortReport cohortReport(ReportParameters parameters) {
    MissingValueException.require("parameters", parameters);
    CohortTally tally = CohortTally.create(parameters);
    stream("SELECT snapshot FROM victim_case ORDER BY case_id", null, snapshot -> {
      CaseFile file = ExportRecords.toCase(StoredForm.read(snapshot));
      if (file.intake().isPresent()) {
        tally.add(casework.outcome(file, parameters.outcomePoint()));
      }
    });
    return tally.report();
  }

  /**
   * Exports every stored case, its events, assessments and MARAC decisions, read from the database
   * a row at a time and written through an exporter plugin as they come: memory stays flat however
   * many cases there are. The profile decides what leaves: a MARAC or research export drops what
   * its purpose must not carry, and the session checks every record before the exporter sees it.
   *
   * @param exporterId the exporter, such as {@code ndjson} or {@code csv}
   * @param profile why the export is made
   * @param out where it goes; the caller closes it
   * @return the number of records written
   */
  public long export(String exporterId, ExportProfile profile, OutputStream out) {
    MissingValueException.require("exporterId", exporterId);
    MissingValueException.require("profile", profile);
    MissingValueException.require("out", out);
    ExportSession session = safeguard.export(exporterId, profile, out);
    try (session) {
      for (String query : List.of("SELECT snapshot FROM victim_case ORDER BY case_id",
          "SELECT body FROM case_event ORDER BY case_id, revision",
          "SELECT body FROM assessment ORDER BY case_id, revision",
          "SELECT body FROM marac_decision ORDER BY decision_id")) {
        stream(query, null, body -> {
          var record = StoredForm.read(body);
          if (profile.letsOut(record)) {
            session.write(record);
          }
        });
      }
    } catch (RuntimeException e) {
      session.abandon();
      throw e;
    }
    return session.written();
  }

  /** Runs a query of one text column, handing each row's text on as it is read. */
  private void stream(String sql, String parameter, TextRow each) {
    inTransaction("read", connection -> {
      try (PreparedStatement select = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
        select.setFetchSize(256); // PostgreSQL streams through a cursor only inside a transaction
        if (parameter != null) {
          select.setString(1, parameter);
        }
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            each.accept(rows.getString(1));
          }
        }
      }
    });
  }

  @FunctionalInterface
  private interface TextRow {
    void accept(String text);
  }

  @FunctionalInterface
  private interface Work {
    void run(Connection connection) throws SQLException;
  }

  private static long storedVersion(Connection connection, String caseId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT version FROM victim_case WHERE case_id = ?")) {
      select.setString(1, caseId);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? rows.getLong(1) : -1;
      }
    }
  }

  private static boolean isDuplicateKey(SQLException e) {
    return "23505".equals(e.getSQLState());
  }

  /** Runs work in one transaction: committed when it returns, rolled back when anything fails. */
  private void inTransaction(String what, Work work) {
    try (Connection connection = database.connect()) {
      connection.setAutoCommit(false);
      try {
        work.run(connection);
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the case store could not " + what + " (SQL state " + e.getSQLState() + ")", e);
    }
  }
}
