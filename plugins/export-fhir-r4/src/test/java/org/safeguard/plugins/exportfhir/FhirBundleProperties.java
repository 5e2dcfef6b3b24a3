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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;
import org.safeguard.core.Safeguard;
import org.safeguard.core.export.ExportSession;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Purpose;
import org.safeguard.export.Schema;
import org.safeguard.export.Schemas;
import org.safeguard.testkit.SampleRecords;

/**
 * Laws of the output over records of every shape the schemas allow (the test kit's sample records:
 * any field present or absent, any text): a Bundle a line that HAPI FHIR parses strictly, every
 * reference inside a Bundle points at an entry of that Bundle, and the same records give the same
 * bytes.
 */
class FhirBundleProperties {
  private static final FhirContext FHIR = FhirContext.forR4();
  /** The engine finds the exporter through its services file, as a case system's would. */
  private static final Safeguard ENGINE = Safeguard.builder()
      .thresholdPolicy(org.safeguard.model.ThresholdPolicy.builder().id("no-bands").version("1").build()).build();

  @Provide
  Arbitrary<Schema> schemas() {
    return Arbitraries.of(Schemas.CASE, Schemas.ASSESSMENT, Schemas.PERPETRATOR_CASE);
  }

  private static byte[] export(Purpose purpose, List<ExportRecord> full) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ExportSession session = ENGINE.export(FhirR4Exporter.ID, SampleRecords.profile(purpose), out)) {
      for (ExportRecord r : full) {
        session.write(r);
      }
    }
    return out.toByteArray();
  }

  @Property(tries = 60)
  void everyLineIsABundleWhoseReferencesStayInside(@ForAll("schemas") Schema schema, @ForAll Purpose purpose, @ForAll long seed) {
    List<ExportRecord> records = SampleRecords.of(schema, 4, seed);
    byte[] bytes = export(purpose, records);
    List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
    assertEquals(records.size(), lines.size(), "a Bundle per record");
    IParser parser = FHIR.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
    for (String line : lines) {
      Bundle bundle = parser.parseResource(Bundle.class, line);
      assertEquals(Bundle.BundleType.COLLECTION, bundle.getType());
      Set<String> urls = new HashSet<>();
      for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
        assertTrue(e.getFullUrl().matches("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), e.getFullUrl());
        assertTrue(urls.add(e.getFullUrl()), "two entries share " + e.getFullUrl());
      }
      assertEquals("Patient", bundle.getEntryFirstRep().getResource().fhirType(), "the case comes first");
      for (Reference ref : FHIR.newTerser().getAllPopulatedChildElementsOfType(bundle, Reference.class)) {
        if (ref.hasReference()) {
          assertTrue(urls.contains(ref.getReference()), ref.getReference() + " points outside its Bundle");
        }
      }
    }
    assertArrayEquals(bytes, export(purpose, records), "the same records gave different bytes");
  }

  /** Opened without the engine, the writer still refuses a record it has no mapping for, and writes nothing of it. */
  @Example
  void aWriterRefusesAMaracDecisionAndWritesNothingOfIt() throws java.io.IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    org.safeguard.spi.ExportWriter writer = new FhirR4Exporter().open(out, Purpose.FULL);
    ExportRecord decision = SampleRecords.one(Schemas.MARAC_DECISION, 5);
    org.safeguard.model.InvalidInputException refused = assertThrows(org.safeguard.model.InvalidInputException.class, () -> writer.write(decision));
    assertTrue(refused.getMessage().contains("marac-decision"), refused.getMessage());
    writer.finish();
    assertEquals(0, out.size(), "bytes written for a refused record");
  }
}
