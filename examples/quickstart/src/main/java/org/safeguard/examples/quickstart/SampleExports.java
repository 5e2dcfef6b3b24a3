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
package org.safeguard.examples.quickstart;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.safeguard.core.Safeguard;
import org.safeguard.core.casework.CaseEvent;
import org.safeguard.core.export.ExportFormat;
import org.safeguard.core.export.ExportProfile;
import org.safeguard.core.export.ExportSession;
import org.safeguard.core.marac.Referral;
import org.safeguard.core.outcome.CohortReport;
import org.safeguard.core.perpetrator.PerpetratorEvent;
import org.safeguard.export.Purpose;
import org.safeguard.export.Schemas;

/**
 * Exports the sample cohort in every format the engine has loaded, for the two purposes that leave
 * a service: for a MARAC (no free text) and for research (keyed pseudonyms, months, age bands, small
 * cells suppressed). Each case goes out as its case file, its events (to the formats that take
 * them; a MARAC gets no contact's or review's), its intake assessment with the answers, and its
 * MARAC decision; then each perpetrator case and its events (a MARAC gets neither the
 * perpetrator's needs nor the work log); then the cohort reports, the sample MARAC's referrals
 * (without the victims' equality answers, which only FULL carries) and its quarterly return, to
 * every format that writes them (the HTML report page writes nothing else). Both purposes leave
 * the service, so the return's small counts are suppressed in each.
 */
final class SampleExports {
  private SampleExports() {}

  /** What was written: the file, its format and purpose, and how many records. */
  record Written(Path file, String format, Purpose purpose, long records) {}

  /**
   * Writes one file per format and purpose into {@code dir}, named {@code sample-<purpose>.<extension>}
   * ({@code sample-<purpose>-<format>.<extension>} when two formats share an extension).
   *
   * @param reports the cohort reports, for the formats that write them
   * @param quarter the sample MARAC's referrals and quarterly return, for the formats that write them
   * @param researchKey the key research pseudonyms are made with; the quickstart draws one per run and keeps none
   */
  static List<Written> write(Safeguard safeguard, Path dir, List<SampleCasework.Worked> files, List<SyntheticCase> cases,
      List<ScreenedCase> screened, List<PerpetratorSide.Worked> perpetrators, List<CohortReport> reports, QuarterlyReturn.Worked quarter,
      byte[] researchKey) {
    List<Written> written = new ArrayList<>();
    Path absolute = dir.toAbsolutePath().normalize();
    try {
      Files.createDirectories(absolute);
    } catch (IOException e) {
      throw CommandFailure.input("cannot make the exports folder " + dir + ": " + e);
    }
    List<String> extensions = new ArrayList<>();
    for (ExportFormat format : safeguard.exporters().values()) {
      extensions.add(format.fileExtension());
    }
    for (ExportFormat format : safeguard.exporters().values()) {
      boolean shared = extensions.indexOf(format.fileExtension()) != extensions.lastIndexOf(format.fileExtension());
      for (Purpose purpose : List.of(Purpose.MARAC, Purpose.RESEARCH)) {
        if (!format.purposes().contains(purpose)) {
          continue;
        }
        String name = "sample-" + purpose.name().toLowerCase(Locale.ROOT) + (shared ? "-" + format.id() : "") + "." + format.fileExtension();
        Path file = absolute.resolve(name);
        ExportProfile profile = purpose == Purpose.MARAC ? ExportProfile.marac() : ExportProfile.research(researchKey);
        try (OutputStream out = Files.newOutputStream(file)) {
          ExportSession session = safeguard.export(format.id(), profile, out);
          try (session) {
            for (int i = 0; i < files.size(); i++) {
              write(session, format, files.get(i), cases.get(i), screened.get(i));
            }
            for (PerpetratorSide.Worked p : perpetrators) {
              write(session, format, p);
            }
            if (format.records().contains(Schemas.COHORT_REPORT.name())) {
              for (CohortReport report : reports) {
                session.write(report);
              }
            }
            if (format.records().contains(Schemas.REFERRAL.name())) {
              for (Referral referral : quarter.referrals()) {
                session.write(referral);
              }
            }
            if (format.records().contains(Schemas.MARAC_RETURN.name())) {
              session.write(quarter.figures(), QuarterlyReturn.ranges(), QuarterlyReturn.population());
            }
          } catch (RuntimeException failed) {
            // not closed as if whole: the file is left cut short and deleted below
            session.abandon();
            throw failed;
          }
          written.add(new Written(file, format.id(), purpose, session.written()));
        } catch (IOException e) {
          throw CommandFailure.input("cannot write " + file + ": " + e);
        } catch (RuntimeException e) {
          deleteQuietly(file);
          throw e;
        }
      }
    }
    return written;
  }

  private static void write(ExportSession session, ExportFormat format, SampleCasework.Worked worked, SyntheticCase c,
      ScreenedCase screened) {
    if (format.records().contains(Schemas.CASE.name())) {
      session.write(worked.file());
    }
    if (format.records().contains(Schemas.CASE_EVENT.name())) {
      // the case's history; under MARAC the engine leaves out the contacts' and reviews' events
      for (CaseEvent event : worked.events()) {
        session.write(event);
      }
    }
    if (format.records().contains(Schemas.ASSESSMENT.name())) {
      session.write(c.caseId(), c.responses(), screened.assessment());
    }
    if (format.records().contains(Schemas.MARAC_DECISION.name())) {
      session.write(c.caseId(), screened.decision());
    }
  }

  private static void write(ExportSession session, ExportFormat format, PerpetratorSide.Worked worked) {
    if (format.records().contains(Schemas.PERPETRATOR_CASE.name())) {
      session.write(worked.perpetratorCase());
    }
    if (format.records().contains(Schemas.PERPETRATOR_EVENT.name())) {
      // under MARAC the engine leaves out the events of the perpetrator's needs and of the work log
      for (PerpetratorEvent event : worked.events()) {
        session.write(event);
      }
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // the failure being reported matters more than a partial file left behind
    }
  }

  /** A research key drawn for one run: the pseudonyms link within the run's exports and to nothing else. */
  static byte[] freshKey() {
    byte[] key = new byte[ExportProfile.MIN_KEY_BYTES];
    new SecureRandom().nextBytes(key);
    return key;
  }
}
