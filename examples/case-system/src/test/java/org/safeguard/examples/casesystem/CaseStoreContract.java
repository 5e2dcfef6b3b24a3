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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Casework;
import org.safeguard.core.Safeguard;
import org.safeguard.core.casework.CaseChange;
import org.safeguard.core.casework.CaseEvent;
import org.safeguard.core.casework.CaseFile;
import org.safeguard.core.casework.CaseRuleException;
import org.safeguard.core.casework.Closure;
import org.safeguard.core.casework.ClosureReason;
import org.safeguard.core.casework.Contact;
import org.safeguard.core.casework.ContactChannel;
import org.safeguard.core.export.ExportProfile;
import org.safeguard.core.marac.MaracAction;
import org.safeguard.core.marac.MaracMeeting;
import org.safeguard.core.marac.MeetingChange;
import org.safeguard.core.marac.MaracOutcome;
import org.safeguard.core.outcome.CohortReport;
import org.safeguard.core.outcome.CohortTally;
import org.safeguard.core.outcome.ReportParameters;
import org.safeguard.core.perpetrator.ExitReason;
import org.safeguard.core.perpetrator.PerpetratorCase;
import org.safeguard.core.perpetrator.PerpetratorChange;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Purpose;
import org.safeguard.model.Agency;
import org.safeguard.model.InvalidInputException;
import org.safeguard.plugins.exportndjson.NdjsonReader;

/**
 * What the case system promises, on whichever database a subclass gives it: a command stored whole
 * or not at all, no lost update between two writers, many writers at once on overlapping cases,
 * cases rebuilt from their events, and reports and exports read back from the database.
 */
abstract class CaseStoreContract {
  static final Safeguard SAFEGUARD = Safeguard.builder().build();
  static final Casework WORK = SAFEGUARD.casework();
  static final LocalDate REFERRED = LocalDate.of(2026, 2, 2);

  private CaseDatabase database;
  private CaseSystem system;
  private CaseStore store;
  private SampleCases samples;

  /** A new, empty database, migrated, for one test. */
  abstract CaseDatabase freshDatabase() throws Exception;

  @BeforeEach
  void openStore() throws Exception {
    database = freshDatabase();
    system = new CaseSystem(SAFEGUARD, database);
    store = system.cases();
    samples = new SampleCases(SAFEGUARD);
  }

  @Test
  void aCaseWorkedToClosureIsStoredCommandByCommandAndRebuildsFromItsEvents() {
    store.open(samples.open("C-1", REFERRED, 16));
    long version = 1;
    for (Function<CaseFile, CaseChange> step : samples.journey(REFERRED, 16)) {
      CaseChange change = store.execute("C-1", version, step);
      assertEquals(version + change.events().size(), change.caseFile().revision());
      version = change.caseFile().revision();
    }
    Stored<CaseFile> stored = store.find("C-1").orElseThrow();
    assertTrue(stored.value().closed());
    assertEquals(9, stored.version(), "the opening and eight commands, each one revision");
    assertEquals(stored.value(), store.rebuild("C-1"), "the events rebuild the snapshot");
    assertEquals(9, count("SELECT COUNT(*) FROM case_event WHERE id = 'C-1'"));
    assertEquals(2, count("SELECT COUNT(*) FROM assessment WHERE case_id = 'C-1'"), "intake and closing review");
    assertEquals(List.of(MaracOutcome.REFER_TO_MARAC), store.decisions("C-1").stream().map(d -> d.outcome()).toList(),
        "16 yes of 24 is high risk under SafeLives, referred to MARAC");
  }

  @Test
  void theSecondOfTwoWritersOnOneVersionGetsAConflictAndStoresNothing() {
    store.open(samples.open("C-2", REFERRED, 8));
    store.execute("C-2", 1, c -> WORK.recordContact(c, Contact.significant(REFERRED.plusDays(3), ContactChannel.PHONE)));
    VersionConflictException conflict = assertThrows(VersionConflictException.class, () -> store.execute("C-2", 1,
        c -> WORK.recordContact(c, Contact.significant(REFERRED.plusDays(4), ContactChannel.VIDEO))));
    assertEquals("C-2", conflict.id());
    assertEquals(1, conflict.expected());
    assertEquals(2, conflict.stored());
    assertTrue(conflict.getMessage().contains("C-2") && conflict.getMessage().contains("version 2"), conflict.getMessage());
    assertEquals(1, store.find("C-2").orElseThrow().value().contacts().size(), "the first writer's contact, not lost, and only it");
    assertEquals(2, count("SELECT COUNT(*) FROM case_event WHERE id = 'C-2'"));
  }

  @Test
  void aWriterThatStoresWhileAnotherDecidesWinsAndTheOtherIsRefusedByTheGuardedWrite() {
    store.open(samples.open("C-5", REFERRED, 8));
    VersionConflictException conflict = assertThrows(VersionConflictException.class, () -> store.execute("C-5", 1, c -> {
      // both read version 1; while this writer decides, the other stores its change
      store.execute("C-5", 1, other -> WORK.recordContact(other, Contact.significant(REFERRED.plusDays(3), ContactChannel.PHONE)));
      return WORK.recordContact(c, Contact.significant(REFERRED.plusDays(4), ContactChannel.VIDEO));
    }));
    assertEquals(1, conflict.expected());
    assertEquals(2, conflict.stored());
    List<Contact> contacts = store.find("C-5").orElseThrow().value().contacts();
    assertEquals(List.of(REFERRED.plusDays(3)), contacts.stream().map(Contact::on).toList(), "the first writer's contact alone");
    assertEquals(2, count("SELECT COUNT(*) FROM case_event WHERE id = 'C-5'"));
  }

  @Test
  void aCommandTheEngineRefusesLeavesNoTrace() {
    store.open(samples.open("C-3", REFERRED, 4));
    store.execute("C-3", 1, c -> WORK.close(c, Closure.of(REFERRED.plusDays(9), ClosureReason.RISK_REDUCED)));
    String before = snapshotText("C-3");
    assertThrows(CaseRuleException.class, () -> store.execute("C-3", 2,
        c -> WORK.recordContact(c, Contact.significant(REFERRED.plusDays(10), ContactChannel.PHONE))));
    assertEquals(before, snapshotText("C-3"));
    assertEquals(2, count("SELECT COUNT(*) FROM case_event WHERE id = 'C-3'"));
    InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> store.execute("C-404", 1,
        c -> WORK.close(c, Closure.of(REFERRED, ClosureReason.RISK_REDUCED))));
    assertEquals("id", unknown.field());
  }

  @Test
  void aCaseOpenedTwiceIsAConflict() {
    store.open(samples.open("C-4", REFERRED, 10));
    VersionConflictException twice = assertThrows(VersionConflictException.class, () -> store.open(samples.open("C-4", REFERRED, 12)));
    assertEquals(1, twice.stored());
    assertEquals(1, count("SELECT COUNT(*) FROM case_event WHERE id = 'C-4'"));
  }

  /**
   * Eight writers, forty commands each, on six cases: every accepted command stored exactly once,
   * every refused one (by the engine or by a version conflict) leaving no trace, each case equal to
   * its events, and the cohort report from the database equal to the one from memory.
   */
  @Test
  void manyWritersOnOverlappingCasesLoseNothingAndStoreNothingRefused() throws Exception {
    int cases = 6;
    int writers = 8;
    int commands = 40;
    for (int i = 0; i < cases; i++) {
      store.open(samples.open("C-" + i, REFERRED.plusDays(i), 3 + i * 4));
    }
    Map<String, List<CaseChange>> accepted = new ConcurrentHashMap<>();
    AtomicInteger conflicts = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Future<?>> done = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      Random random = new Random(1000 + w);
      done.add(pool.submit(() -> {
        start.await();
        for (int m = 0; m < commands; m++) {
          String id = "C-" + random.nextInt(cases);
          Function<CaseFile, CaseChange> command = samples.any(random, REFERRED);
          Stored<CaseFile> read = store.find(id).orElseThrow();
          try {
            CaseChange change = store.execute(id, read.version(), command);
            accepted.computeIfAbsent(id, k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(change);
          } catch (VersionConflictException e) {
            conflicts.incrementAndGet();
          } catch (InvalidInputException e) {
            refused.incrementAndGet();
          }
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    assertEquals(writers * commands, accepted.values().stream().mapToInt(List::size).sum() + conflicts.get() + refused.get());
    assertTrue(refused.get() > 0, "the draw includes commands the engine refuses");
    assertTrue(conflicts.get() > 0, "eight writers on six cases collide");

    CohortTally inMemory = CohortTally.create();
    long acceptedEvents = 0;
    long acceptedDecisions = 0;
    for (int i = 0; i < cases; i++) {
      String id = "C-" + i;
      List<CaseChange> changes = accepted.getOrDefault(id, List.of());
      List<CaseEvent> expected = new ArrayList<>(samples.open(id, REFERRED.plusDays(i), 3 + i * 4).events());
      CaseFile last = samples.open(id, REFERRED.plusDays(i), 3 + i * 4).caseFile();
      Map<Long, CaseEvent> byRevision = new HashMap<>();
      for (CaseChange change : changes) {
        for (CaseEvent e : change.events()) {
          assertEquals(null, byRevision.put(e.revision(), e), "two accepted commands made revision " + e.revision() + " of " + id);
        }
        if (change.caseFile().revision() >= last.revision()) {
          last = change.caseFile();
        }
        acceptedDecisions += change.maracDecision().isPresent() ? 1 : 0;
      }
      for (long r = 2; r <= last.revision(); r++) {
        expected.add(byRevision.get(r));
      }
      acceptedEvents += expected.size();
      assertEquals(expected, store.events(id), "the stored events of " + id + " are the accepted ones, once each, in order");
      Stored<CaseFile> stored = store.find(id).orElseThrow();
      assertEquals(last, stored.value(), "the snapshot of " + id + " is what its last accepted command returned");
      assertEquals(stored.value(), store.rebuild(id));
      inMemory.add(SAFEGUARD.casework().outcome(last));
    }
    assertEquals(acceptedEvents, count("SELECT COUNT(*) FROM case_event"), "nothing refused left an event");
    assertEquals(acceptedDecisions, count("SELECT COUNT(*) FROM marac_decision"), "a decision for every accepted screen, none for a refused one");
    CohortReport fromDatabase = store.cohortReport(ReportParameters.defaults());
    assertEquals(inMemory.report(), fromDatabase);
    assertEquals(cases, fromDatabase.cases());
  }

  @Test
  void aPerpetratorCaseIsStoredBesideItsVictimsAndRebuildsFromItsEvents() {
    store.open(samples.open("C-6", REFERRED, 16));
    PerpetratorStore perpetrators = system.perpetrators();
    perpetrators.refer(samples.referPerpetrator("C-6", REFERRED.plusDays(2)));
    long version = 1;
    for (Function<PerpetratorCase, PerpetratorChange> step : samples.perpetratorJourney(REFERRED.plusDays(2))) {
      version = perpetrators.execute("P-C-6", version, step).perpetratorCase().revision();
    }
    Stored<PerpetratorCase> stored = perpetrators.find("P-C-6").orElseThrow();
    assertTrue(stored.value().closed());
    assertEquals("C-6", stored.value().victims().get(0).victimCaseId());
    assertEquals(6, stored.version());
    assertEquals(stored.value(), perpetrators.rebuild("P-C-6"), "the events rebuild the snapshot");
    assertEquals(6, count("SELECT COUNT(*) FROM perpetrator_event WHERE id = 'P-C-6'"));
    VersionConflictException stale = assertThrows(VersionConflictException.class, () -> perpetrators.execute("P-C-6", 5,
        c -> SAFEGUARD.perpetratorWork().close(c, REFERRED.plusDays(300), ExitReason.OTHER)));
    assertTrue(stale.getMessage().startsWith("perpetrator case P-C-6 is at version 6"), stale.getMessage());
  }

  @Test
  void aMeetingKeepsItsActionsBesideItAndRebuildsFromItsEvents() {
    MeetingStore meetings = system.meetings();
    LocalDate on = REFERRED.plusDays(14);
    meetings.schedule(samples.scheduleMeeting("M-1", on));
    long version = 1;
    for (Function<MaracMeeting, MeetingChange> step : samples.meetingJourney(on, List.of("C-7", "C-8"))) {
      version = meetings.execute("M-1", version, step).meeting().revision();
    }
    Stored<MaracMeeting> stored = meetings.find("M-1").orElseThrow();
    assertEquals(List.of("C-7", "C-8"), stored.value().heard());
    assertEquals(stored.value(), meetings.rebuild("M-1"));
    assertEquals(List.of("c-7-housing", "c-8-housing"), meetings.openActions(Agency.HOUSING).stream().map(MaracAction::actionId).toList(),
        "each heard case's housing action, still open");
    assertEquals(List.of(), meetings.openActions(Agency.POLICE), "the police actions are done");
    assertEquals(4, count("SELECT COUNT(*) FROM marac_action WHERE meeting_id = 'M-1'"), "one row an action, rewritten with the meeting");
    assertThrows(VersionConflictException.class, () -> meetings.execute("M-1", 1, m -> SAFEGUARD.maracMeetings().hear(m, "C-9")));
    assertEquals(2, meetings.find("M-1").orElseThrow().value().heard().size());
  }

  @Test
  void exportsAreReadFromTheDatabaseAndCarryOnlyWhatTheirPurposeAllows() throws Exception {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String id = "C-EXP-" + i;
      ids.add(id);
      store.open(samples.open(id, REFERRED, 14 + i));
      long version = 1;
      for (Function<CaseFile, CaseChange> step : samples.journey(REFERRED, 14 + i)) {
        version = store.execute(id, version, step).caseFile().revision();
      }
      system.perpetrators().refer(samples.referPerpetrator(id, REFERRED.plusDays(2)));
    }
    system.meetings().schedule(samples.scheduleMeeting("M-EXP", REFERRED.plusDays(14)));
    long meetingVersion = 1;
    for (Function<MaracMeeting, MeetingChange> step : samples.meetingJourney(REFERRED.plusDays(14), ids)) {
      meetingVersion = system.meetings().execute("M-EXP", meetingVersion, step).meeting().revision();
    }
    ByteArrayOutputStream marac = new ByteArrayOutputStream();
    long written = system.export("ndjson", ExportProfile.marac(), marac);
    NdjsonReader reader = NdjsonReader.open(new ByteArrayInputStream(marac.toByteArray()));
    List<ExportRecord> records = reader.readAll();
    assertEquals(Purpose.MARAC, reader.purpose());
    assertEquals(written, records.size());
    long cases = records.stream().filter(r -> r.schema().name().equals("case")).count();
    assertEquals(5, cases, "every stored case");
    assertTrue(records.stream().anyMatch(r -> r.schema().name().equals("marac-decision")), "the decisions, from their own table");
    assertTrue(records.stream().anyMatch(r -> r.schema().name().equals("perpetrator-case")), "the perpetrator side");
    assertTrue(records.stream().anyMatch(r -> r.schema().name().equals("marac-meeting")), "the meetings");

    byte[] key = new byte[ExportProfile.MIN_KEY_BYTES];
    new Random(7).nextBytes(key);
    ByteArrayOutputStream research = new ByteArrayOutputStream();
    system.export("ndjson", ExportProfile.research(key), research);
    String text = research.toString(StandardCharsets.UTF_8);
    assertFalse(text.contains("C-EXP-"), "a research export carries pseudonyms, never the case system's ids");
    assertTrue(text.lines().count() > 5);
  }

  private long count(String sql) {
    try (Connection c = database.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private String snapshotText(String caseId) {
    try (Connection c = database.connect(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT snapshot FROM victim_case WHERE id = '" + caseId + "'")) {
      r.next();
      return r.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
