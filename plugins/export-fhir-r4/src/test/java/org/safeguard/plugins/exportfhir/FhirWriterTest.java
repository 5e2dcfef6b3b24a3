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
package org.safeguard.plugins.exportfhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Consent;
import org.junit.jupiter.api.Test;
import org.safeguard.export.ExportDate;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Purpose;
import org.safeguard.export.Schemas;
import org.safeguard.spi.ExportWriter;

/** The writer's own rules, record by record, opened without the engine as a plugin author's test would. */
class FhirWriterTest {
  private static ExportRecord consent(String... agencies) {
    ExportRecord.Builder r = ExportRecord.builder(Schemas.CONSENT).set("recordedOn", ExportDate.of(LocalDate.of(2026, 3, 2)))
        .set("method", "verbal").set("contactAgreed", true);
    for (String agency : agencies) {
      r.set("shareWith", agency);
    }
    return r.build();
  }

  /** Two consents: the later is in force and the earlier inactive; one sharing with nobody denies, not permits to all. */
  @Test
  void theLatestConsentIsInForceAndSharingWithNobodyIsADeny() throws IOException {
    ExportRecord file = ExportRecord.builder(Schemas.CASE).set("caseId", "case-1")
        .set("consents", consent("police", "housing")).set("consents", consent()).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportWriter writer = new FhirR4Exporter().open(out, Purpose.FULL);
    writer.write(file);
    writer.finish();
    Bundle bundle = FhirContext.forR4().newJsonParser().parseResource(Bundle.class, out.toString(StandardCharsets.UTF_8));
    List<Consent> consents = new ArrayList<>();
    for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
      if (e.getResource() instanceof Consent c) {
        consents.add(c);
      }
    }
    assertEquals(2, consents.size());
    assertEquals(Consent.ConsentState.INACTIVE, consents.get(0).getStatus());
    assertEquals(Consent.ConsentProvisionType.PERMIT, consents.get(0).getProvision().getType());
    assertEquals(List.of("police", "housing"), consents.get(0).getProvision().getActor().stream()
        .map(a -> a.getReference().getIdentifier().getValue()).toList());
    assertEquals(Consent.ConsentState.ACTIVE, consents.get(1).getStatus());
    assertEquals(Consent.ConsentProvisionType.DENY, consents.get(1).getProvision().getType());
    assertTrue(consents.get(1).getProvision().getActor().isEmpty());
  }

  @Test
  void aTasksStatusSaysWhetherTheInterventionWasCarriedOut() {
    assertEquals("cancelled", BundleWriter.taskStatus("declined-by-victim", true));
    assertEquals("cancelled", BundleWriter.taskStatus("not-available", false));
    assertEquals("completed", BundleWriter.taskStatus("partly-achieved", true));
    assertEquals("completed", BundleWriter.taskStatus("not-achieved", false));
    assertEquals("in-progress", BundleWriter.taskStatus("ongoing", false));
    assertEquals("completed", BundleWriter.taskStatus("ongoing", true));
    assertEquals("in-progress", BundleWriter.taskStatus(null, false));
  }

  /** A stream that fails part-way leaves the Bundle cut short: the writer takes nothing more and will not close it as if whole. */
  @Test
  void aFailedWriteLeavesTheBundleCutShortAndTheWriterRefusesMore() throws IOException {
    OutputStream failing = new OutputStream() {
      private int written;

      @Override
      public void write(int b) throws IOException {
        if (++written > 10) {
          throw new IOException("disk full");
        }
      }
    };
    ExportWriter writer = new FhirR4Exporter().open(failing, Purpose.FULL);
    // enough consents that the generator's buffer reaches the stream within one record
    ExportRecord.Builder big = ExportRecord.builder(Schemas.CASE).set("caseId", "case-1");
    for (int i = 0; i < 200; i++) {
      big.set("consents", consent("police"));
    }
    assertThrows(IOException.class, () -> writer.write(big.build()));
    assertThrows(IllegalStateException.class, () -> writer.write(ExportRecord.builder(Schemas.CASE).set("caseId", "case-2").build()));
    assertThrows(IllegalStateException.class, writer::finish);
  }

  @Test
  void anAbandonedExportIsNotFinished() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportWriter writer = new FhirR4Exporter().open(out, Purpose.FULL);
    writer.write(ExportRecord.builder(Schemas.CASE).set("caseId", "case-1").build());
    writer.abandon();
    assertThrows(IllegalStateException.class, writer::finish);
  }
}
