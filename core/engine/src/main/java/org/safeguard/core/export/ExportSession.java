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
package org.safeguard.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.casework.CaseEvent;
import org.safeguard.core.casework.CaseFile;
import org.safeguard.core.marac.MaracDecision;
import org.safeguard.core.marac.MaracMeeting;
import org.safeguard.core.marac.MeetingEvent;
import org.safeguard.core.outcome.CohortReport;
import org.safeguard.core.perpetrator.PerpetratorCase;
import org.safeguard.core.perpetrator.PerpetratorEvent;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Purpose;
import org.safeguard.export.Schemas;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.PluginFailureException;
import org.safeguard.model.Responses;
import org.safeguard.spi.ExportWriter;
import org.safeguard.spi.Exporter;

/**
 * One export in progress: case files, assessments, MARAC decisions, cohort reports and MARAC returns go in one at a time, each is
 * made into a record, the profile is applied, and the exporter plugin writes it to the stream at
 * once. Memory stays constant however many pass through. Opened with
 * {@link org.safeguard.core.Safeguard#export}; closing it finishes the format (the stream stays
 * open: the caller owns it). Used by one thread.
 * <p>A failure of the plugin is a {@link PluginFailureException} naming it, and a failure of the
 * stream an {@link UncheckedIOException}; either ends the session (the writer is told to abandon
 * the export, releasing what it holds), and later calls are refused.
 */
public final class ExportSession implements AutoCloseable {
  private final Exporter exporter;
  private final ExportProfile profile;
  private final PurposeFilter filter;
  private final ExportWriter writer;
  /** What the exporter writes, asked once when the export opens. */
  private final Set<String> records;
  private long written;
  private boolean ended;

  private ExportSession(Exporter exporter, ExportProfile profile, ExportWriter writer, Set<String> records) {
    this.exporter = exporter;
    this.records = records;
    this.profile = profile;
    this.filter = profile.filter();
    this.writer = writer;
  }

  /**
   * Opens an exporter for a profile. For the engine: callers use {@code Safeguard.export}.
   *
   * @param exporter the loaded exporter
   * @param profile why the export is made
   * @param out the stream
   * @return the session
   * @throws InvalidInputException when the exporter does not honour the profile's purpose
   */
  public static ExportSession open(Exporter exporter, ExportProfile profile, OutputStream out) {
    MissingValueException.require("exporter", exporter);
    MissingValueException.require("profile", profile);
    MissingValueException.require("out", out);
    Set<Purpose> purposes;
    Set<String> records;
    try {
      purposes = Set.copyOf(exporter.purposes());
      records = Set.copyOf(exporter.records());
    } catch (RuntimeException | StackOverflowError | LinkageError e) {
      throw PluginFailureException.of(exporter.id(), exporter.version(), "exporter", e);
    }
    if (!purposes.contains(profile.purpose())) {
      throw new InvalidInputException("profile", profile.purpose(), "the exporter " + exporter.id() + " honours only " + purposes);
    }
    ExportWriter writer;
    try {
      writer = exporter.open(out, profile.purpose());
    } catch (IOException e) {
      throw new UncheckedIOException("the export stream refused the start of " + exporter.id(), e);
    } catch (RuntimeException | StackOverflowError | LinkageError e) {
      throw PluginFailureException.of(exporter.id(), exporter.version(), "exporter", e);
    }
    if (writer == null) {
      throw PluginFailureException.of(exporter.id(), exporter.version(), "exporter", new NullPointerException("open returned no writer"));
    }
    return new ExportSession(exporter, profile, writer, records);
  }

  /**
   * Exports a case as it stands.
   *
   * @param file the case file
   * @return this session
   */
  public ExportSession write(CaseFile file) {
    MissingValueException.require("file", file);
    return send(ExportRecords.ofCase(file));
  }

  /**
   * Exports one change recorded on a case, as casework gave it. An event whose content the
   * purpose drops (a contact or a review under MARAC) is not written at all, and {@link #written()}
   * does not count it: its kind and day alone would rebuild the log the purpose drops.
   *
   * @param event the event
   * @return this session
   */
  public ExportSession write(CaseEvent event) {
    MissingValueException.require("event", event);
    return send(ExportRecords.ofEvent(event));
  }

  /**
   * Exports a perpetrator case as it stands.
   *
   * @param perpetratorCase the case
   * @return this session
   */
  public ExportSession write(PerpetratorCase perpetratorCase) {
    MissingValueException.require("perpetratorCase", perpetratorCase);
    return send(PerpetratorRecords.ofCase(perpetratorCase));
  }

  /**
   * Exports one change recorded on a perpetrator case. An event whose content the purpose drops (the
   * needs or a work log entry under MARAC) is not written at all, and {@link #written()} does not
   * count it.
   *
   * @param event the event
   * @return this session
   */
  public ExportSession write(PerpetratorEvent event) {
    MissingValueException.require("event", event);
    return send(PerpetratorRecords.ofEvent(event));
  }

  /**
   * Exports a MARAC meeting as it stands.
   *
   * @param meeting the meeting
   * @return this session
   */
  public ExportSession write(MaracMeeting meeting) {
    MissingValueException.require("meeting", meeting);
    return send(MeetingRecords.ofMeeting(meeting));
  }

  /**
   * Exports one change recorded on a MARAC meeting.
   *
   * @param event the event
   * @return this session
   */
  public ExportSession write(MeetingEvent event) {
    MissingValueException.require("event", event);
    return send(MeetingRecords.ofEvent(event));
  }

  /**
   * Exports a MARAC's referral as it stands; the victim's equality answers go out under FULL only.
   *
   * @param referral the referral
   * @return this session
   */
  public ExportSession write(org.safeguard.core.marac.Referral referral) {
    MissingValueException.require("referral", referral);
    return send(ReferralRecords.ofReferral(referral));
  }

  /**
   * Exports one change recorded on a MARAC referral; an event recording equality answers is written
   * under FULL only, and under any other purpose not at all ({@link #written()} does not count it).
   *
   * @param event the event
   * @return this session
   */
  public ExportSession write(org.safeguard.core.marac.ReferralEvent event) {
    MissingValueException.require("event", event);
    return send(ReferralRecords.ofEvent(event));
  }

  /**
   * Exports an assessment of a case without its item answers.
   *
   * @param caseId the case assessed
   * @param assessment the assessment
   * @return this session
   */
  public ExportSession write(String caseId, Assessment assessment) {
    return send(ExportRecords.ofAssessment(caseId, assessment));
  }

  /**
   * Exports an assessment of a case with the answers it was made from.
   *
   * @param caseId the case assessed
   * @param responses the answers
   * @param assessment the assessment
   * @return this session
   */
  public ExportSession write(String caseId, Responses responses, Assessment assessment) {
    return send(ExportRecords.ofAssessment(caseId, responses, assessment));
  }

  /**
   * Exports a MARAC screening decision on a case.
   *
   * @param caseId the case screened
   * @param decision the decision
   * @return this session
   */
  public ExportSession write(String caseId, MaracDecision decision) {
    return send(ExportRecords.ofDecision(caseId, decision));
  }

  /**
   * Exports a cohort outcome report. Under research, each count below the profile's small-cell
   * threshold goes out suppressed ({@link ExportProfile#smallCell()}).
   *
   * @param report the report
   * @return this session
   */
  public ExportSession write(CohortReport report) {
    MissingValueException.require("report", report);
    return send(ExportRecords.ofCohortReport(report));
  }

  /**
   * Exports a MARAC's periodic return ({@link ReturnRecords#of}). Under every purpose but FULL, each
   * count below the profile's small-cell threshold goes out suppressed, a count that would give one
   * away by subtraction withheld, and a value resting on either left out.
   *
   * @param ret the return
   * @param expected the ranges the service expects its figures in; {@link org.safeguard.core.marac.ExpectedRanges#none()} for none
   * @param population each equality group's share of the population, for the groups the service has one for
   * @return this session
   */
  public ExportSession write(org.safeguard.core.marac.MaracReturn ret, org.safeguard.core.marac.ExpectedRanges expected,
      java.util.Map<org.safeguard.core.equality.EqualityGroup, org.safeguard.core.equality.PopulationShare> population) {
    return send(ReturnRecords.of(ret, expected, population));
  }

  /**
   * Exports a record made for FULL, such as one {@link ExportRecords} made; the profile is applied
   * to it first, as to every record.
   *
   * @param full a record made for FULL, of one of the exporter's records
   * @return this session
   * @throws InvalidInputException when the record was made for another purpose or the exporter does not write its kind
   */
  public ExportSession write(ExportRecord full) {
    MissingValueException.require("full", full);
    return send(full);
  }

  private ExportSession send(ExportRecord full) {
    refuseIfEnded();
    if (Schemas.record(full.schema().name()).orElse(null) != full.schema()) {
      // the purpose trusts each field's kind, so only the SPI's own schemas pass, never a look-alike
      throw new InvalidInputException("record", full.schema().name(), "a record of one of " + Schemas.RECORDS.size()
          + " schemas in Schemas.RECORDS, the very schema objects");
    }
    if (!records.contains(full.schema().name())) {
      throw new InvalidInputException("record", full.schema().name(), "the exporter " + exporter.id() + " writes only " + records);
    }
    if (!profile.letsOut(full)) {
      return this;
    }
    ExportRecord kept = filter.apply(full);
    try {
      writer.write(kept);
    } catch (IOException e) {
      release();
      throw new UncheckedIOException("the export stream refused a record from " + exporter.id(), e);
    } catch (RuntimeException | StackOverflowError | LinkageError e) {
      release();
      throw PluginFailureException.of(exporter.id(), exporter.version(), "exporter", e);
    }
    written++;
    return this;
  }

  /**
   * Gives up the export: the exporter writes nothing more and lets go of what it holds (a format
   * that waits for the end, such as the CSV zip, writes nothing at all). What reached the stream
   * already stays there, cut short: delete it. Call it when your own code fails part-way, before the
   * session is closed; closing afterwards does nothing. A second call does nothing either.
   */
  public void abandon() {
    if (!ended) {
      release();
    }
  }

  /** Ends the export and tells the writer to let go; a failure to do so must not hide the failure that brought us here. */
  private void release() {
    ended = true;
    try {
      writer.abandon();
    } catch (RuntimeException | StackOverflowError | LinkageError ignored) {
      // the failure being reported is the one that matters; the writer is not used again
    }
  }

  private void refuseIfEnded() {
    if (ended) {
      throw new InvalidInputException("session", "ended", "this export has been closed or has failed; open another");
    }
  }

  /**
   * How many records have been written.
   *
   * @return the count
   */
  public long written() {
    return written;
  }

  /**
   * The profile every record of this export passes.
   *
   * @return the profile
   */
  public ExportProfile profile() {
    return profile;
  }

  /**
   * Finishes the format and flushes the stream, leaving it open. A second close does nothing.
   *
   * @throws UncheckedIOException when the stream refuses the end of the format
   * @throws PluginFailureException when the exporter fails
   */
  @Override
  public void close() {
    if (ended) {
      return;
    }
    ended = true;
    try {
      writer.finish();
    } catch (IOException e) {
      release();
      throw new UncheckedIOException("the export stream refused the end of " + exporter.id(), e);
    } catch (RuntimeException | StackOverflowError | LinkageError e) {
      release();
      throw PluginFailureException.of(exporter.id(), exporter.version(), "exporter", e);
    }
  }
}
