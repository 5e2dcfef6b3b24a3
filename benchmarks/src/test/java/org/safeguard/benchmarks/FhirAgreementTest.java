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
package org.safeguard.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Safeguard;
import org.safeguard.core.casework.CaseFile;
import org.safeguard.core.export.ExportProfile;
import org.safeguard.core.export.ExportSession;
import org.safeguard.plugins.exportfhir.FhirR4Exporter;
import org.safeguard.synthetic.SyntheticCaseFiles;

/**
 * {@code FhirExportBenchmark} compares like with like: for every synthetic case file, HAPI FHIR's
 * encoding of the vendor's Bundle and the exporter's FULL Bundle are the same JSON (read as trees,
 * so field order does not matter), line for line.
 */
class FhirAgreementTest {
  @Test
  void hapiAndTheFhirExporterWriteTheSameBundles() throws Exception {
    Safeguard engine = org.safeguard.benchmarks.startup.StartupProbe.buildEngine();
    List<CaseFile> files = new ArrayList<>();
    for (SyntheticCaseFiles.Worked w : SyntheticCaseFiles.generate(engine, 11L, 200)) {
      files.add(w.file());
    }
    ByteArrayOutputStream ours = new ByteArrayOutputStream();
    try (ExportSession session = engine.export(FhirR4Exporter.ID, ExportProfile.full(), ours)) {
      for (CaseFile f : files) {
        session.write(f);
      }
    }
    ByteArrayOutputStream hapi = new ByteArrayOutputStream();
    VendorCaseFhir.write(files, hapi);

    List<String> a = ours.toString(StandardCharsets.UTF_8).lines().toList();
    List<String> b = hapi.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(files.size(), a.size(), "a Bundle per case");
    assertEquals(files.size(), b.size(), "a Bundle per case");
    ObjectMapper json = new ObjectMapper();
    int withPlans = 0;
    for (int i = 0; i < a.size(); i++) {
      assertEquals(json.readTree(b.get(i)), json.readTree(a.get(i)), "case " + files.get(i).caseId());
      withPlans += a.get(i).contains("\"CarePlan\"") ? 1 : 0;
    }
    assertTrue(withPlans > 0, "the cases compared have safety plans");
  }
}
