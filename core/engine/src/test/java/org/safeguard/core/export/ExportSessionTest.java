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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Fixtures;
import org.safeguard.core.PluginLoadException;
import org.safeguard.core.Safeguard;
import org.safeguard.core.UnknownProviderException;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Purpose;
import org.safeguard.export.Schemas;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.PluginFailureException;
import org.safeguard.spi.ExportWriter;
import org.safeguard.spi.Exporter;
import org.safeguard.spi.ExporterProvider;
import org.safeguard.spi.SetupContext;

/** The engine finds exporters, opens them only for purposes they honour, and hands them records the profile has passed. */
class ExportSessionTest {
  /** Keeps what it is handed; the writer's behaviour is set per test. */
  static class Recording implements ExporterProvider, Exporter {
    final List<ExportRecord> received = new ArrayList<>();
    final List<Purpose> opened = new ArrayList<>();
    int finished;
    int abandoned;
    String id = "recording";
    Set<Purpose> purposes = EnumSet.allOf(Purpose.class);
    RuntimeException failOnWrite;
    IOException ioOnWrite;

    @Override
    public String id() {
      return id;
    }

    @Override
    public String version() {
      return "1";
    }

    @Override
    public Exporter load(SetupContext context) {
      return this;
    }

    @Override
    public String mediaType() {
      return "text/plain";
    }

    @Override
    public String fileExtension() {
      return "txt";
    }

    @Override
    public Set<String> records() {
      return Set.of("case", "assessment", "case-event");
    }

    @Override
    public Set<Purpose> purposes() {
      return purposes;
    }

    @Override
    public ExportWriter open(OutputStream out, Purpose purpose) throws IOException {
      opened.add(purpose);
      out.write('[');
      return new ExportWriter() {
        @Override
        public void write(ExportRecord record) throws IOException {
          if (failOnWrite != null) {
            throw failOnWrite;
          }
          if (ioOnWrite != null) {
            throw ioOnWrite;
          }
          received.add(record);
          out.write(record.schema().name().getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void finish() throws IOException {
          finished++;
          out.write(']');
        }

        @Override
        public void abandon() {
          abandoned++;
          if (failOnWrite != null) {
            throw new IllegalStateException("cannot clean up either");
          }
        }
      };
    }
  }

  static Safeguard engine(ExporterProvider... exporters) {
    Safeguard.Builder b = Safeguard.builder().addInstrument(new Fixtures.ChecklistProvider()).addThresholdPolicy(new Fixtures.PolicyProvider())
        .thresholdPolicy("test-policy");
    for (ExporterProvider e : exporters) {
      b.addExporter(e);
    }
    return b.build();
  }

  private static ExportRecord caseRecord() {
    return ExportRecord.builder(Schemas.CASE).set("caseId", "case-1").set("revision", 1).build();
  }

  @Test
  void theEngineDescribesEachExporterItLoaded() {
    Map<String, ExportFormat> formats = engine(new Recording()).exporters();
    ExportFormat f = formats.get("recording");
    assertEquals(new ExportFormat("recording", "1", "text/plain", "txt", Set.of("case", "assessment", "case-event"), EnumSet.allOf(Purpose.class)), f);
    assertThrows(UnsupportedOperationException.class, () -> formats.put("x", f));
  }

  @Test
  void recordsReachTheExporterAfterTheProfileAndTheSessionFinishesTheFormatOnce() {
    Recording exporter = new Recording();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportSession session = engine(exporter).export("recording", ExportProfile.research(ExportProfileTest.KEY), out);
    session.write(caseRecord()).write(caseRecord());
    assertEquals(2, session.written());
    assertEquals(List.of(Purpose.RESEARCH), exporter.opened);
    assertEquals(Purpose.RESEARCH, exporter.received.get(0).purpose());
    assertEquals("bd227c01aeadc1f00d8f08830ecfd218", exporter.received.get(0).text("caseId").orElseThrow());
    assertEquals(ExportProfile.research(ExportProfileTest.KEY), session.profile());
    session.close();
    session.close();
    assertEquals(1, exporter.finished);
    assertEquals("[casecase]", out.toString(StandardCharsets.UTF_8));
    InvalidInputException after = assertThrows(InvalidInputException.class, () -> session.write(caseRecord()));
    assertEquals("session", after.field());
  }

  @Test
  void anExportInOneCallIsFinishedWhenItsWritesReturn() {
    Recording exporter = new Recording();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long written = engine(exporter).export("recording", ExportProfile.full(), out, session -> session.write(caseRecord()).write(caseRecord()));
    assertEquals(2, written);
    assertEquals(1, exporter.finished);
    assertEquals(0, exporter.abandoned);
    assertEquals("[casecase]", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void anExportInOneCallWhoseWritesFailIsAbandonedNotFinishedAndTheFailureGoesOn() {
    Recording exporter = new Recording();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IllegalStateException mine = new IllegalStateException("the caller's own failure");
    IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> engine(exporter).export("recording", ExportProfile.full(), out,
        session -> {
          session.write(caseRecord());
          throw mine;
        }));
    assertSame(mine, thrown);
    assertEquals(0, exporter.finished, "a stream cut short must not end the way a whole export does");
    assertEquals(1, exporter.abandoned);
    assertEquals("[case", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void anExportInOneCallWhoseWritesThrowACheckedExceptionIsAbandonedToo() {
    Recording exporter = new Recording();
    java.io.IOException checked = new java.io.IOException("a Kotlin block's own failure");
    java.io.IOException thrown = assertThrows(java.io.IOException.class, () -> engine(exporter).export("recording", ExportProfile.full(),
        new ByteArrayOutputStream(), session -> sneakyThrow(checked)));
    assertSame(checked, thrown);
    assertEquals(0, exporter.finished);
    assertEquals(1, exporter.abandoned);
  }

  /** Throws a checked exception where the compiler does not expect one, as Kotlin and Clojure code can. */
  @SuppressWarnings("unchecked")
  private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
    throw (T) t;
  }

  @Test
  void anUnknownExporterIsRefusedNamingTheKnownOnes() {
    UnknownProviderException e = assertThrows(UnknownProviderException.class,
        () -> engine(new Recording()).export("csv", ExportProfile.full(), new ByteArrayOutputStream()));
    assertTrue(e.getMessage().contains("recording"), e.getMessage());
  }

  @Test
  void anExporterIsNotOpenedForAPurposeItDoesNotHonour() {
    Recording exporter = new Recording();
    exporter.purposes = EnumSet.of(Purpose.FULL);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> engine(exporter).export("recording", ExportProfile.marac(), out));
    assertEquals("profile", e.field());
    assertEquals(0, out.size());
    assertEquals(List.of(), exporter.opened);
  }

  @Test
  void aRecordTheExporterDoesNotWriteIsRefusedAndTheSessionGoesOn() {
    Recording exporter = new Recording();
    ExportSession session = engine(exporter).export("recording", ExportProfile.full(), new ByteArrayOutputStream());
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> session.write(ExportRecord.builder(Schemas.MARAC_DECISION).build()));
    assertEquals("record", e.field());
    assertThrows(InvalidInputException.class, () -> session.write(ExportProfile.marac().apply(caseRecord())));
    session.write(caseRecord());
    assertEquals(1, session.written());
  }

  @Test
  void anExporterThatFailsIsNamedAndEndsTheSession() {
    Recording exporter = new Recording();
    exporter.failOnWrite = new IllegalStateException("bug in the plugin");
    ExportSession session = engine(exporter).export("recording", ExportProfile.full(), new ByteArrayOutputStream());
    PluginFailureException e = assertThrows(PluginFailureException.class, () -> session.write(caseRecord()));
    assertEquals("recording", e.pluginId());
    assertEquals(0, session.written());
    assertThrows(InvalidInputException.class, () -> session.write(caseRecord()));
    session.close();
    assertEquals(0, exporter.finished, "a failed export is not finished as if whole");
    assertEquals(1, exporter.abandoned, "a failed export is abandoned, once, and the first failure is the one reported");
  }

  @Test
  void aStreamThatFailsIsAnUncheckedIoFailure() {
    Recording exporter = new Recording();
    exporter.ioOnWrite = new IOException("disk full");
    ExportSession session = engine(exporter).export("recording", ExportProfile.full(), new ByteArrayOutputStream());
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> session.write(caseRecord()));
    assertEquals("disk full", e.getCause().getMessage());
    assertEquals(1, exporter.abandoned);
    assertThrows(InvalidInputException.class, () -> session.write(caseRecord()));
  }

  @Test
  void aStreamThatRefusesTheStartOrTheEndIsAnUncheckedIoFailure() {
    OutputStream refusing = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("refused");
      }
    };
    assertThrows(UncheckedIOException.class, () -> engine(new Recording()).export("recording", ExportProfile.full(), refusing));
    Recording exporter = new Recording();
    ExportSession session = engine(exporter).export("recording", ExportProfile.full(), new ByteArrayOutputStream() {
      @Override
      public synchronized void write(int b) {
        if (b == ']') {
          throw new UncheckedIOException(new IOException("refused the end"));
        }
        super.write(b);
      }
    });
    assertThrows(PluginFailureException.class, session::close, "what the plugin lets escape is the plugin's failure");
    assertEquals(1, exporter.abandoned, "an export whose end failed is abandoned");
    Recording refusedAtTheEnd = new Recording();
    ExportSession ending = engine(refusedAtTheEnd).export("recording", ExportProfile.full(), new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        if (b == ']') {
          throw new IOException("refused the end");
        }
      }
    });
    assertThrows(UncheckedIOException.class, ending::close);
    assertEquals(1, refusedAtTheEnd.abandoned);
  }

  @Test
  void anExporterThatFailsToOpenOrOpensNothingIsNamed() {
    Recording throwing = new Recording() {
      @Override
      public ExportWriter open(OutputStream out, Purpose purpose) {
        throw new IllegalStateException("cannot start");
      }
    };
    assertEquals("recording", assertThrows(PluginFailureException.class,
        () -> engine(throwing).export("recording", ExportProfile.full(), new ByteArrayOutputStream())).pluginId());
    Recording nothing = new Recording() {
      @Override
      public ExportWriter open(OutputStream out, Purpose purpose) {
        return null;
      }
    };
    assertEquals("recording", assertThrows(PluginFailureException.class,
        () -> engine(nothing).export("recording", ExportProfile.full(), new ByteArrayOutputStream())).pluginId());
  }

  @Test
  void anExporterThatCannotDescribeItselfIsNamed() {
    Recording broken = new Recording() {
      @Override
      public String mediaType() {
        throw new IllegalStateException("no media type");
      }
    };
    assertEquals("recording", assertThrows(PluginFailureException.class, () -> engine(broken).exporters()).pluginId());
  }

  @Test
  void twoExportersWithOneIdAreRefusedWhenTheEngineIsBuilt() {
    assertThrows(PluginLoadException.class, () -> engine(new Recording(), new Recording()));
  }

  @Test
  void anExporterOfAnotherIdThanItsProviderIsRefused() {
    Recording provider = new Recording() {
      @Override
      public Exporter load(SetupContext context) {
        Recording other = new Recording();
        other.id = "other";
        return other;
      }
    };
    assertThrows(PluginLoadException.class, () -> Safeguard.builder().addExporter(provider)
        .loading(org.safeguard.core.LoadingMode.STRICT).addInstrument(new Fixtures.ChecklistProvider())
        .addThresholdPolicy(new Fixtures.PolicyProvider()).thresholdPolicy("test-policy").build());
  }

  /** The purpose trusts each field's kind, so a schema that only borrows a name (calling an id text, say) is refused. */
  @Test
  void aRecordOfALookAlikeSchemaIsRefused() {
    Recording exporter = new Recording();
    ExportSession session = engine(exporter).export("recording", ExportProfile.research(ExportProfileTest.KEY), new ByteArrayOutputStream());
    org.safeguard.export.Schema lookAlike = org.safeguard.export.Schema.of("case", "A case, so it says.",
        org.safeguard.export.Field.of("caseId", org.safeguard.export.FieldKind.TEXT).build());
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> session.write(ExportRecord.builder(lookAlike).set("caseId", "C-1").build()));
    assertEquals("record", e.field());
    assertEquals(List.of(), exporter.received);
  }

  @Test
  void aCallerWhoseOwnCodeFailsAbandonsTheExportAndNothingMoreIsWritten() {
    Recording exporter = new Recording();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportSession session = engine(exporter).export("recording", ExportProfile.full(), out);
    session.write(caseRecord());
    session.abandon();
    session.abandon();
    session.close();
    assertEquals(1, exporter.abandoned);
    assertEquals(0, exporter.finished);
    assertEquals("[case", out.toString(StandardCharsets.UTF_8));
    assertThrows(InvalidInputException.class, () -> session.write(caseRecord()));
  }

  /** Under MARAC a contact's event would rebuild the contact log the purpose drops, so it goes whole; others keep theirs. */
  @Test
  void anEventWhoseContentThePurposeDropsIsNotWrittenAtAll() {
    Recording recording = new Recording();
    Safeguard engine = engine(recording);
    java.time.LocalDate day = java.time.LocalDate.of(2026, 3, 3);
    org.safeguard.core.casework.CaseEvent contact = new org.safeguard.core.casework.ContactRecorded("C-1", 2,
        org.safeguard.core.casework.Contact.significant(day, org.safeguard.core.casework.ContactChannel.PHONE));
    org.safeguard.core.casework.CaseEvent incident = new org.safeguard.core.casework.IncidentRecorded("C-1", 3,
        org.safeguard.core.marac.Incident.of(day, org.safeguard.model.IncidentType.VIOLENCE_OR_THREATS, org.safeguard.model.Agency.POLICE));
    byte[] key = "a research key of thirty-two byt".getBytes(StandardCharsets.US_ASCII);
    assertEquals(List.of(false, true, true, true), List.of(ExportProfile.marac().letsOut(ExportRecords.ofEvent(contact)),
        ExportProfile.marac().letsOut(ExportRecords.ofEvent(incident)), ExportProfile.research(key).letsOut(ExportRecords.ofEvent(contact)),
        ExportProfile.marac().letsOut(caseRecord())));
    ExportRecord bare = ExportRecord.builder(Schemas.CASE_EVENT).set("caseId", "C-1").set("type", "contact-recorded").build();
    assertEquals(false, ExportProfile.marac().letsOut(bare), "the kind decides, even with the content left out");
    assertEquals("full", assertThrows(InvalidInputException.class, () -> ExportProfile.marac().apply(bare)).field(),
        "apply refuses what the purpose does not let out");
    assertEquals(true, ExportProfile.marac().letsOut(ExportRecord.builder(Schemas.CASE_EVENT).set("type", "contact-made").build()),
        "a code that is no kind of event, with no content, hides nothing");
    for (ExportProfile profile : List.of(ExportProfile.marac(), ExportProfile.full(), ExportProfile.research(key))) {
      recording.received.clear();
      try (ExportSession session = engine.export("recording", profile, new ByteArrayOutputStream())) {
        session.write(contact).write(incident);
        assertEquals(profile.purpose() == Purpose.MARAC ? 1 : 2, session.written(), profile.purpose().toString());
      }
      List<String> types = new ArrayList<>();
      for (ExportRecord r : recording.received) {
        types.add(r.text("type").orElseThrow());
      }
      assertEquals(profile.purpose() == Purpose.MARAC ? List.of("incident-recorded") : List.of("contact-recorded", "incident-recorded"), types);
    }
  }
}
