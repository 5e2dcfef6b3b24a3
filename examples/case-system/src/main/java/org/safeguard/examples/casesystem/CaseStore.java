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
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.safeguard.core.Casework;
import org.safeguard.core.Safeguard;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.casework.CaseChange;
import org.safeguard.core.casework.CaseEvent;
import org.safeguard.core.casework.CaseFile;
import org.safeguard.core.casework.CaseOpened;
import org.safeguard.core.casework.IntakeRecorded;
import org.safeguard.core.casework.ReviewRecorded;
import org.safeguard.core.export.ExportRecords;
import org.safeguard.core.marac.MaracDecision;
import org.safeguard.core.outcome.CohortReport;
import org.safeguard.core.outcome.CohortTally;
import org.safeguard.core.outcome.ReportParameters;
import org.safeguard.export.ExportRecord;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;

/**
 * Victims' cases: each command runs on the case as read and is stored in one transaction (the new
 * snapshot, its events, the assessments they carry, the MARAC decision), or not at all. A write
 * names the version it read; when another writer got there first it is refused with a
 * {@link VersionConflictException} and stores nothing, so no update is lost. Thread-safe: each call
 * takes its own connection, and writers to different cases never wait on each other.
 */
public final class CaseStore {
  private final Casework casework;
  private final CaseDatabase database;
  private final VersionedTable<CaseFile, CaseEvent, CaseChange> cases;

  CaseStore(Safeguard safeguard, CaseDatabase database, StoredForm form) {
    this.casework = safeguard.casework();
    this.database = database;
    this.cases = new Cases(database, form);
  }

  /**
   * Stores a case just opened.
   *
   * @param opening what {@link Casework#open} returned
   * @return the case as stored, at version 1
   * @throws VersionConflictException when a case of that id is stored already
   */
  public Stored<CaseFile> open(CaseChange opening) {
    return cases.open(opening);
  }

  /**
   * Runs a command on a stored case and stores what it did, in one transaction.
   *
   * @param caseId the case
   * @param expectedVersion the version the caller read, on which it decided to run the command
   * @param command the command, such as {@code c -> casework.recordContact(c, contact)}
   * @return the change the command made, as stored; its case's revision is the new version
   * @throws VersionConflictException when the case is no longer at {@code expectedVersion}; nothing is stored
   * @throws InvalidInputException when the case is not stored, or the engine refuses the command
   *     (then nothing is stored either)
   */
  public CaseChange execute(String caseId, long expectedVersion, Function<CaseFile, CaseChange> command) {
    return cases.execute(caseId, expectedVersion, command);
  }

  /**
   * The case as stored.
   *
   * @param caseId the case
   * @return the snapshot and its version, or empty when no such case is stored
   */
  public Optional<Stored<CaseFile>> find(String caseId) {
    return cases.find(caseId);
  }

  /**
   * The case's events as stored, in the order recorded.
   *
   * @param caseId the case
   * @return its events, from its opening; empty when no such case is stored
   */
  public List<CaseEvent> events(String caseId) {
    return cases.events(caseId);
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
    return casework.replay(cases.events(caseId));
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
    database.stream("SELECT body FROM marac_decision WHERE case_id = ? ORDER BY decision_id",
        body -> decisions.add(ExportRecords.toDecision(StoredForm.read(body))), caseId);
    return decisions;
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
    cases.forEach(file -> {
      if (file.intake().isPresent()) {
        tally.add(casework.outcome(file, parameters.outcomePoint()));
      }
    });
    return tally.report();
  }

  /** The stored form of every case, event, assessment and MARAC decision, a row at a time, read on the caller's transaction. */
  void forEachRecord(Connection connection, Consumer<ExportRecord> each) throws SQLException {
    cases.forEachRecord(connection, each);
    CaseDatabase.stream(connection, "SELECT body FROM assessment ORDER BY case_id, revision", text -> each.accept(StoredForm.read(text)));
    CaseDatabase.stream(connection, "SELECT body FROM marac_decision ORDER BY decision_id", text -> each.accept(StoredForm.read(text)));
  }

  /** Victims' cases: {@code victim_case} and {@code case_event}, with their assessments and MARAC decisions beside them. */
  private static final class Cases extends VersionedTable<CaseFile, CaseEvent, CaseChange> {
    private final StoredForm form;

    Cases(CaseDatabase database, StoredForm form) {
      super(database, form, "case", "victim_case", "case_event");
      this.form = form;
    }

    @Override
    String id(CaseFile value) {
      return value.caseId();
    }

    @Override
    long revision(CaseFile value) {
      return value.revision();
    }

    @Override
    CaseFile value(CaseChange change) {
      return change.caseFile();
    }

    @Override
    List<CaseEvent> events(CaseChange change) {
      return change.events();
    }

    @Override
    long eventRevision(CaseEvent event) {
      return event.revision();
    }

    @Override
    LocalDate eventOn(CaseEvent event) {
      return event.on();
    }

    @Override
    String eventType(CaseEvent event) {
      return event.type().name();
    }

    @Override
    ExportRecord record(CaseFile value) {
      return ExportRecords.ofCase(value);
    }

    @Override
    ExportRecord eventRecord(CaseEvent event) {
      return ExportRecords.ofEvent(event);
    }

    @Override
    CaseFile readValue(ExportRecord record) {
      return ExportRecords.toCase(record);
    }

    @Override
    CaseEvent readEvent(ExportRecord record) {
      return ExportRecords.toEvent(record);
    }

    @Override
    void storeBeside(Connection connection, CaseChange change) throws SQLException {
      String caseId = change.caseFile().caseId();
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO assessment (case_id, revision, assessed_on, instrument_id, risk_level, body) VALUES (?, ?, ?, ?, ?, ?)")) {
        for (CaseEvent event : change.events()) {
          Optional<Assessment> measured = assessmentOf(event);
          if (measured.isPresent()) {
            Assessment a = measured.get();
            insert.setString(1, caseId);
            insert.setLong(2, event.revision());
            insert.setDate(3, Date.valueOf(event.on()));
            insert.setString(4, a.score().instrumentId());
            insert.setString(5, a.level().map(Enum::name).orElse(null));
            insert.setString(6, form.write(ExportRecords.ofAssessment(caseId, a)));
            insert.executeUpdate();
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
  }
}
