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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.safeguard.core.MaracMeetings;
import org.safeguard.core.Safeguard;
import org.safeguard.core.export.MeetingRecords;
import org.safeguard.core.marac.ActionState;
import org.safeguard.core.marac.MaracAction;
import org.safeguard.core.marac.MaracMeeting;
import org.safeguard.core.marac.MeetingChange;
import org.safeguard.core.marac.MeetingEvent;
import org.safeguard.export.ExportRecord;
import org.safeguard.model.Agency;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;

/**
 * A MARAC's meetings: who attended, which cases were heard, and the actions agreed, each meeting
 * kept as cases are (a command a transaction, a version a write, the events beside the snapshot).
 * Beside each meeting the store keeps its actions as rows of their own, rewritten with the meeting,
 * so that an agency's open actions are one query away.
 */
public final class MeetingStore {
  private final MaracMeetings meetings;
  private final CaseDatabase database;
  private final VersionedTable<MaracMeeting, MeetingEvent, MeetingChange> table;

  MeetingStore(Safeguard safeguard, CaseDatabase database, StoredForm form) {
    this.meetings = safeguard.maracMeetings();
    this.database = database;
    this.table = new Meetings(database, form);
  }

  /**
   * Stores a meeting just scheduled.
   *
   * @param scheduled what {@link MaracMeetings#schedule} returned
   * @return the meeting as stored, at version 1
   * @throws VersionConflictException when a meeting of that id is stored already
   */
  public Stored<MaracMeeting> schedule(MeetingChange scheduled) {
    return table.open(scheduled);
  }

  /**
   * Runs a command on a stored meeting and stores what it did, in one transaction.
   *
   * @param meetingId the meeting
   * @param expectedVersion the version the caller read
   * @param command the command, such as {@code m -> meetings.hear(m, caseId)}
   * @return the change, as stored
   * @throws VersionConflictException when the meeting is no longer at {@code expectedVersion}; nothing is stored
   * @throws InvalidInputException when the meeting is not stored, or the engine refuses the command
   */
  public MeetingChange execute(String meetingId, long expectedVersion, Function<MaracMeeting, MeetingChange> command) {
    return table.execute(meetingId, expectedVersion, command);
  }

  /**
   * The meeting as stored.
   *
   * @param meetingId the meeting
   * @return the snapshot and its version, or empty when none is stored
   */
  public Optional<Stored<MaracMeeting>> find(String meetingId) {
    return table.find(meetingId);
  }

  /**
   * The meeting rebuilt from its stored events through {@link MaracMeetings#replay}.
   *
   * @param meetingId the meeting
   * @return the meeting the events make
   * @throws InvalidInputException when no events are stored for it
   */
  public MaracMeeting rebuild(String meetingId) {
    MissingValueException.require("meetingId", meetingId);
    return meetings.replay(table.events(meetingId));
  }

  /**
   * The actions an agency holds open, across every stored meeting, read from the actions kept
   * beside the meetings.
   *
   * @param owner the agency
   * @return each open action, by due date, then meeting and action id
   */
  public List<MaracAction> openActions(Agency owner) {
    MissingValueException.require("owner", owner);
    return database.inTransaction("read the open actions", connection -> {
      List<MaracAction> open = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement("SELECT action_id, case_id, due_on FROM marac_action "
          + "WHERE owner = ? AND state = ? ORDER BY due_on, meeting_id, action_id")) {
        select.setString(1, owner.name());
        select.setString(2, ActionState.OPEN.name());
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            open.add(MaracAction.agreed(rows.getString(1), rows.getString(2), owner, rows.getDate(3).toLocalDate()));
          }
        }
      }
      return open;
    });
  }

  void forEachRecord(Connection connection, Consumer<ExportRecord> each) throws SQLException {
    table.forEachRecord(connection, each);
  }

  /** {@code marac_meeting} and {@code meeting_event}, with {@code marac_action} rewritten beside them. */
  private static final class Meetings extends VersionedTable<MaracMeeting, MeetingEvent, MeetingChange> {
    Meetings(CaseDatabase database, StoredForm form) {
      super(database, form, "meeting", "marac_meeting", "meeting_event");
    }

    @Override
    String id(MaracMeeting value) {
      return value.meetingId();
    }

    @Override
    long revision(MaracMeeting value) {
      return value.revision();
    }

    @Override
    MaracMeeting value(MeetingChange change) {
      return change.meeting();
    }

    @Override
    List<MeetingEvent> events(MeetingChange change) {
      return change.events();
    }

    @Override
    long eventRevision(MeetingEvent event) {
      return event.revision();
    }

    @Override
    LocalDate eventOn(MeetingEvent event) {
      return event.on();
    }

    @Override
    String eventType(MeetingEvent event) {
      return event.getClass().getSimpleName();
    }

    @Override
    ExportRecord record(MaracMeeting value) {
      return MeetingRecords.ofMeeting(value);
    }

    @Override
    ExportRecord eventRecord(MeetingEvent event) {
      return MeetingRecords.ofEvent(event);
    }

    @Override
    MaracMeeting readValue(ExportRecord record) {
      return MeetingRecords.toMeeting(record);
    }

    @Override
    MeetingEvent readEvent(ExportRecord record) {
      return MeetingRecords.toEvent(record);
    }

    @Override
    void storeBeside(Connection connection, MeetingChange change) throws SQLException {
      MaracMeeting meeting = change.meeting();
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM marac_action WHERE meeting_id = ?")) {
        delete.setString(1, meeting.meetingId());
        delete.executeUpdate();
      }
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO marac_action (meeting_id, action_id, case_id, owner, due_on, state) VALUES (?, ?, ?, ?, ?, ?)")) {
        for (MaracAction action : meeting.actions()) {
          insert.setString(1, meeting.meetingId());
          insert.setString(2, action.actionId());
          insert.setString(3, action.caseId());
          insert.setString(4, action.owner().name());
          insert.setDate(5, Date.valueOf(action.due()));
          insert.setString(6, action.state().name());
          insert.executeUpdate();
        }
      }
    }
  }
}
