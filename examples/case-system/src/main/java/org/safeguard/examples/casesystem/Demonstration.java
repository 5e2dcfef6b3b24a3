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

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.safeguard.core.Casework;
import org.safeguard.core.Safeguard;
import org.safeguard.core.casework.CaseChange;
import org.safeguard.core.casework.CaseFile;
import org.safeguard.core.casework.Contact;
import org.safeguard.core.casework.ContactChannel;
import org.safeguard.core.export.ExportProfile;
import org.safeguard.core.marac.MaracMeeting;
import org.safeguard.core.marac.MeetingChange;
import org.safeguard.core.outcome.CohortReport;
import org.safeguard.core.outcome.ReportParameters;
import org.safeguard.core.perpetrator.PerpetratorCase;
import org.safeguard.core.perpetrator.PerpetratorChange;
import org.safeguard.model.Agency;

/**
 * The case system run once: 40 synthetic cases opened, worked from referral to closure by four
 * caseworkers at once, two of them racing on one case, a perpetrator case beside each case referred
 * to MARAC, a MARAC meeting that hears them and agrees actions, each record rebuilt from its stored events,
 * the cohort report read from the database, and the cases exported from it for a MARAC and for
 * research into {@code target/case-system-exports/}.
 *
 * <p>{@code java -jar safeguard-case-system.jar [JDBC-URL [USER [PASSWORD]]]}: embedded H2 by
 * default; give a PostgreSQL URL ({@code jdbc:postgresql://localhost/cases}) to use a server.
 */
public final class Demonstration {
  private static final int CASES = 40;
  private static final LocalDate FIRST_REFERRAL = LocalDate.of(2026, 1, 5);

  private Demonstration() {}

  /**
   * Runs the demonstration.
   *
   * @param args an optional JDBC URL, user and password
   * @throws Exception when the database or an export file fails
   */
  public static void main(String[] args) throws Exception {
    String url = args.length > 0 ? args[0] : CaseDatabase.IN_MEMORY;
    CaseDatabase database = CaseDatabase.open(url, args.length > 1 ? args[1] : "sa", args.length > 2 ? args[2] : "");
    Safeguard safeguard = Safeguard.builder().build();
    CaseSystem system = new CaseSystem(safeguard, database);
    CaseStore store = system.cases();
    Casework casework = safeguard.casework();
    SampleCases samples = new SampleCases(safeguard);
    System.out.println("case system on " + (url.startsWith("jdbc:h2:") ? "embedded H2" : "the database at the URL given")
        + ", schema migrated by Flyway");

    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= CASES; i++) {
      String id = String.format("CS-%04d", i);
      store.open(samples.open(id, FIRST_REFERRAL.plusDays(i), yesOf(id)));
      ids.add(id);
    }
    ExecutorService caseworkers = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (String id : ids) {
        work.add(caseworkers.submit(() -> workToClosure(store, samples, id)));
      }
      for (Future<?> f : work) {
        f.get();
      }
    } finally {
      caseworkers.shutdownNow(); // a failure must not leave the workers keeping the JVM alive
    }
    System.out.println(CASES + " cases opened and worked to closure by 4 caseworkers at once, a transaction a command");

    String raced = "CS-RACE";
    store.open(samples.open(raced, FIRST_REFERRAL, 16));
    long bothRead = store.find(raced).orElseThrow().version();
    store.execute(raced, bothRead, file -> casework.recordContact(file, Contact.significant(FIRST_REFERRAL.plusDays(3), ContactChannel.PHONE)));
    try {
      store.execute(raced, bothRead, file -> casework.recordContact(file, Contact.significant(FIRST_REFERRAL.plusDays(4), ContactChannel.FACE_TO_FACE)));
      throw new IllegalStateException("the second writer's stale version was accepted");
    } catch (VersionConflictException conflict) {
      System.out.println("two caseworkers read " + raced + " at version " + bothRead + "; the first stored a contact, the second was refused: "
          + conflict.getMessage());
    }
    ids.add(raced);

    List<String> referred = new ArrayList<>();
    for (String id : ids) {
      if (store.find(id).orElseThrow().value().maracReferrals().stream().anyMatch(r -> r.toMarac())) {
        referred.add(id);
      }
    }
    PerpetratorStore perpetrators = system.perpetrators();
    for (String id : referred) {
      LocalDate on = store.find(id).orElseThrow().value().openedOn().plusDays(2);
      long version = perpetrators.refer(samples.referPerpetrator(id, on)).version();
      for (Function<PerpetratorCase, PerpetratorChange> step : samples.perpetratorJourney(on)) {
        version = perpetrators.execute("P-" + id, version, step).perpetratorCase().revision();
      }
      if (!perpetrators.rebuild("P-" + id).equals(perpetrators.find("P-" + id).orElseThrow().value())) {
        throw new IllegalStateException("perpetrator case P-" + id + " rebuilt from its events differs from its snapshot");
      }
    }
    System.out.println(referred.size() + " cases referred to MARAC, each with a perpetrator case worked beside it and rebuilt from its events");

    MeetingStore meetings = system.meetings();
    LocalDate meetingDay = FIRST_REFERRAL.plusDays(CASES + 7);
    long meetingVersion = meetings.schedule(samples.scheduleMeeting("marac-2026-02", meetingDay)).version();
    for (Function<MaracMeeting, MeetingChange> step : samples.meetingJourney(meetingDay, referred)) {
      meetingVersion = meetings.execute("marac-2026-02", meetingVersion, step).meeting().revision();
    }
    if (!meetings.rebuild("marac-2026-02").equals(meetings.find("marac-2026-02").orElseThrow().value())) {
      throw new IllegalStateException("the meeting rebuilt from its events differs from its snapshot");
    }
    System.out.println("MARAC meeting marac-2026-02 heard " + referred.size() + " cases; housing holds "
        + meetings.openActions(Agency.HOUSING).size() + " open actions, the police " + meetings.openActions(Agency.POLICE).size());

    int rebuilt = 0;
    for (String id : ids) {
      Stored<CaseFile> stored = store.find(id).orElseThrow();
      CaseFile fromEvents = store.rebuild(id);
      if (!fromEvents.equals(stored.value())) {
        throw new IllegalStateException("case " + id + " rebuilt from its events differs from its snapshot");
      }
      rebuilt++;
    }
    System.out.println(rebuilt + " cases rebuilt from their stored events, each equal to its stored snapshot");

    CohortReport report = store.cohortReport(ReportParameters.defaults());
    System.out.println("cohort report from the database: " + report.cases() + " cases");

    Path dir = Path.of("target", "case-system-exports");
    Files.createDirectories(dir);
    long marac = export(system, "ndjson", ExportProfile.marac(), dir.resolve("marac.ndjson"));
    byte[] key = new byte[ExportProfile.MIN_KEY_BYTES];
    new SecureRandom().nextBytes(key);
    long research = export(system, "csv", ExportProfile.research(key), dir.resolve("research.zip"));
    System.out.println("exported from the database, streaming: " + marac + " records for a MARAC (" + dir.resolve("marac.ndjson") + "), "
        + research + " for research (" + dir.resolve("research.zip") + ")");
  }

  private static void workToClosure(CaseStore store, SampleCases samples, String id) {
    Stored<CaseFile> c = store.find(id).orElseThrow();
    long version = c.version();
    for (Function<CaseFile, CaseChange> step : samples.journey(c.value().openedOn(), yesOf(id))) {
      version = store.execute(id, version, step).caseFile().revision();
    }
  }

  private static int yesOf(String id) {
    return (Integer.parseInt(id.substring(3)) * 7) % 25;
  }

  private static long export(CaseSystem system, String exporter, ExportProfile profile, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      return system.export(exporter, profile, out);
    }
  }
}
