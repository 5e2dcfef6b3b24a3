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
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;

/**
 * The case system's database: where it is, and its schema brought up to date by Flyway from
 * {@code db/migration} when it is opened. Embedded H2 by default, so the example runs with nothing
 * installed; any JDBC URL the drivers on the class path take (PostgreSQL's among them) otherwise.
 */
public final class CaseDatabase {
  /** The default: an H2 database in this process's memory, kept until the process ends. */
  public static final String IN_MEMORY = "jdbc:h2:mem:case-system;DB_CLOSE_DELAY=-1";

  private final String url;
  private final String user;
  private final String password;

  private CaseDatabase(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  /**
   * Opens a database and migrates its schema to the latest version.
   *
   * @param url the JDBC URL, such as {@link #IN_MEMORY} or {@code jdbc:postgresql://host/db}
   * @param user the user to connect as
   * @param password the user's password
   * @return the database, migrated
   */
  public static CaseDatabase open(String url, String user, String password) {
    Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
    return new CaseDatabase(url, user, password);
  }

  /** A new connection; the caller closes it. */
  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  /** Work done on one connection, in one transaction. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /**
   * Runs work in one read-committed transaction: committed when it returns, rolled back when
   * anything fails. A database failure comes out unchecked, naming what was being done and the SQL
   * state, never a value.
   */
  <T> T inTransaction(String what, Work<T> work) {
    return inTransaction(what, Connection.TRANSACTION_READ_COMMITTED, work);
  }

  /**
   * Runs reads that must see the database as it stood at one moment, whatever is written meanwhile:
   * an export's cases, events and decisions in step with one another.
   */
  <T> T inSnapshot(String what, Work<T> work) {
    return inTransaction(what, Connection.TRANSACTION_REPEATABLE_READ, work);
  }

  private <T> T inTransaction(String what, int isolation, Work<T> work) {
    try (Connection connection = connect()) {
      // set, not assumed: a server whose default is stricter would fail a racing write with a
      // serialization error where the guarded update gives a version conflict
      connection.setTransactionIsolation(isolation);
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        try {
          connection.rollback();
        } catch (SQLException rollback) {
          e.addSuppressed(rollback); // the failure that brought us here is the one to report
        }
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the case system's database could not " + what + " (SQL state " + e.getSQLState() + ")", e);
    }
  }

  /**
   * Runs a query of one text column in a transaction of its own and hands each row's text on as it
   * is read.
   */
  void stream(String sql, Consumer<String> each, String... parameters) {
    inTransaction("read", connection -> {
      stream(connection, sql, each, parameters);
      return null;
    });
  }

  /**
   * Runs a query of one text column on a connection in a transaction and hands each row's text on
   * as it is read, through a forward-only cursor: on PostgreSQL a large table never sits in memory
   * (H2 buffers a result unless the URL sets {@code LAZY_QUERY_EXECUTION=TRUE}).
   */
  static void stream(Connection connection, String sql, Consumer<String> each, String... parameters) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      select.setFetchSize(256); // PostgreSQL streams through a cursor only inside a transaction
      for (int i = 0; i < parameters.length; i++) {
        select.setString(i + 1, parameters[i]);
      }
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          each.accept(rows.getString(1));
        }
      }
    }
  }

  /**
   * The JDBC URL, for messages.
   *
   * @return the URL
   */
  public String url() {
    return url;
  }
}
