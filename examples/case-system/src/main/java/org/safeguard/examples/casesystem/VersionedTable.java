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
import org.safeguard.export.ExportRecord;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;

/**
 * One kind of record the case system keeps as Safeguard hands it over: a snapshot with its version
 * in one table ({@code id, version, snapshot}), and every event that made it in another ({@code id,
 * revision, event_type, occurred_on, body}). The one place that writes either, so that opening a
 * record, running a command on it, optimistic versions and reading back work alike for victims'
 * cases, perpetrators' cases and MARAC meetings. The version is the record's own revision.
 *
 * @param <V> the record (a case file, a perpetrator case, a meeting)
 * @param <E> its events
 * @param <C> what a command returns: the new record and its events
 */
abstract class VersionedTable<V, E, C> {
  private final CaseDatabase database;
  private final StoredForm form;
  private final String noun;
  private final String table;
  private final String eventTable;

  VersionedTable(CaseDatabase database, StoredForm form, String noun, String table, String eventTable) {
    this.database = database;
    this.form = form;
    this.noun = noun;
    this.table = table;
    this.eventTable = eventTable;
  }

  abstract String id(V value);

  abstract long revision(V value);

  abstract V value(C change);

  abstract List<? extends E> events(C change);

  abstract long eventRevision(E event);

  abstract LocalDate eventOn(E event);

  abstract String eventType(E event);

  abstract ExportRecord record(V value);

  abstract ExportRecord eventRecord(E event);

  abstract V readValue(ExportRecord record);

  abstract E readEvent(ExportRecord record);

  /** Rows the case system keeps beside a change, written in the change's transaction: none unless a kind adds them. */
  void storeBeside(Connection connection, C change) throws SQLException {}

  /**
   * Stores a record just made, at revision 1.
   *
   * @throws VersionConflictException when a record of its id is stored already
   */
  final Stored<V> open(C opening) {
    MissingValueException.require("opening", opening);
    V value = value(opening);
    if (revision(value) != 1 || events(opening).size() != 1) {
      throw new InvalidInputException("opening", id(value), "a " + noun + "'s first change, at revision 1");
    }
    try {
      database.inTransaction("open a " + noun, connection -> {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (id, version, snapshot) VALUES (?, ?, ?)")) {
          insert.setString(1, id(value));
          insert.setLong(2, 1);
          insert.setString(3, form.write(record(value)));
          insert.executeUpdate();
        } catch (SQLException e) {
          if ("23505".equals(e.getSQLState())) { // the primary key: the id is taken
            throw new DuplicateId();
          }
          throw e;
        }
        storeEvents(connection, opening);
        return null;
      });
    } catch (DuplicateId e) {
      // the refused insert ended its transaction (PostgreSQL aborts it), so the stored version is read afresh
      throw new VersionConflictException(noun, id(value), 0, find(id(value)).map(Stored::version).orElse(-1L));
    }
    return new Stored<>(value, 1);
  }

  /**
   * Runs a command on the stored record and stores what it did, in one transaction.
   *
   * @throws VersionConflictException when the record is no longer at {@code expectedVersion}; nothing is stored
   * @throws InvalidInputException when the record is not stored, or the engine refuses the command
   */
  final C execute(String id, long expectedVersion, Function<V, C> command) {
    MissingValueException.require("id", id);
    MissingValueException.require("command", command);
    Stored<V> read = find(id).orElseThrow(() -> new InvalidInputException("id", id, "a " + noun + " stored in this system"));
    if (read.version() != expectedVersion) {
      throw new VersionConflictException(noun, id, expectedVersion, read.version());
    }
    C change = command.apply(read.value());
    V next = value(change);
    if (!id(next).equals(id) || revision(next) != expectedVersion + events(change).size()) {
      throw new InvalidInputException("command", id, "a command's change is of the " + noun + " it ran on, one revision an event");
    }
    database.inTransaction("store a " + noun + "'s change", connection -> {
      try (PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET version = ?, snapshot = ? WHERE id = ? AND version = ?")) {
        update.setLong(1, revision(next));
        update.setString(2, form.write(record(next)));
        update.setString(3, id);
        update.setLong(4, expectedVersion);
        if (update.executeUpdate() != 1) {
          throw new VersionConflictException(noun, id, expectedVersion, storedVersion(connection, id));
        }
      }
      storeEvents(connection, change);
      return null;
    });
    return change;
  }

  private void storeEvents(Connection connection, C change) throws SQLException {
    String id = id(value(change));
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO " + eventTable + " (id, revision, event_type, occurred_on, body) VALUES (?, ?, ?, ?, ?)")) {
      for (E event : events(change)) {
        insert.setString(1, id);
        insert.setLong(2, eventRevision(event));
        insert.setString(3, eventType(event));
        insert.setDate(4, Date.valueOf(eventOn(event)));
        insert.setString(5, form.write(eventRecord(event)));
        insert.executeUpdate();
      }
    }
    storeBeside(connection, change);
  }

  /** The record as stored, or empty when none of that id is. */
  final Optional<Stored<V>> find(String id) {
    MissingValueException.require("id", id);
    return database.inTransaction("read a " + noun, connection -> {
      try (PreparedStatement select = connection.prepareStatement("SELECT version, snapshot FROM " + table + " WHERE id = ?")) {
        select.setString(1, id);
        try (ResultSet rows = select.executeQuery()) {
          return rows.next() ? Optional.of(new Stored<>(readValue(StoredForm.read(rows.getString(2))), rows.getLong(1))) : Optional.empty();
        }
      }
    });
  }

  /** The record's events as stored, in the order recorded; empty when none of that id is stored. */
  final List<E> events(String id) {
    MissingValueException.require("id", id);
    List<E> events = new ArrayList<>();
    database.stream("SELECT body FROM " + eventTable + " WHERE id = ? ORDER BY revision", body -> events.add(readEvent(StoredForm.read(body))), id);
    return events;
  }

  /** Every stored snapshot, a row at a time, in order of id. */
  final void forEach(Consumer<V> each) {
    database.stream("SELECT snapshot FROM " + table + " ORDER BY id", snapshot -> each.accept(readValue(StoredForm.read(snapshot))));
  }

  /** The stored forms of every snapshot and then every event, a row at a time, read on the caller's transaction. */
  final void forEachRecord(Connection connection, Consumer<ExportRecord> each) throws SQLException {
    CaseDatabase.stream(connection, "SELECT snapshot FROM " + table + " ORDER BY id", text -> each.accept(StoredForm.read(text)));
    CaseDatabase.stream(connection, "SELECT body FROM " + eventTable + " ORDER BY id, revision", text -> each.accept(StoredForm.read(text)));
  }

  private long storedVersion(Connection connection, String id) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT version FROM " + table + " WHERE id = ?")) {
      select.setString(1, id);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? rows.getLong(1) : -1;
      }
    }
  }

  /** An id is taken: the insert was refused by the primary key. */
  private static final class DuplicateId extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DuplicateId() {
      super(null, null, false, false);
    }
  }
}
