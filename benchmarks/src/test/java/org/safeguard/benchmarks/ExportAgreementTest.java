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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Safeguard;
import org.safeguard.core.casework.CaseFile;
import org.safeguard.core.export.ExportProfile;
import org.safeguard.synthetic.SyntheticCaseFiles;

/**
 * {@code ExportBenchmark} compares like with like: for every synthetic case file, the vendor's
 * databind line and Safeguard's FULL ndjson line are the same JSON object (read as trees, so field
 * order does not matter), and the files hold a header and one line per case (Safeguard's also a
 * closing line that counts them).
 */
class ExportAgreementTest {
  @Test
  void theVendorBaselineAndTheNdjsonExporterWriteTheSameCases() throws Exception {
    Safeguard engine = org.safeguard.benchmarks.startup.StartupProbe.buildEngine();
    List<CaseFile> files = caseFiles(engine, 7L, 200);
    ByteArrayOutputStream ours = fullNdjson(engine, files);
    ByteArrayOutputStream vendor = new ByteArrayOutputStream();
    VendorCaseJson.write(files, vendor);

    List<String> a = ours.toString(StandardCharsets.UTF_8).lines().toList();
    List<String> b = vendor.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(files.size() + 2, a.size(), "a header, the cases and the closing line");
    assertEquals(files.size() + 1, b.size(), "a header and the cases");
    ObjectMapper json = new ObjectMapper();
    boolean judged = false;
    for (int i = 1; i < b.size(); i++) {
      JsonNode expected = json.readTree(a.get(i));
      assertEquals(expected, json.readTree(b.get(i)), "case " + i);
      judged |= a.get(i).contains("\"rationale\"");
    }
    assertTrue(judged, "some cases carry a practitioner's judgement, so free text is in what both write");

    // the write-only baseline writes what the baseline writes, from records filled beforehand
    List<VendorCaseJson.CaseDto> filled = new ArrayList<>();
    for (CaseFile f : files) {
      filled.add(VendorCaseJson.of(f));
    }
    ByteArrayOutputStream vendorFilled = new ByteArrayOutputStream();
    VendorCaseJson.writeFilled(filled, vendorFilled);
    assertEquals(vendor.toString(StandardCharsets.UTF_8), vendorFilled.toString(StandardCharsets.UTF_8));
  }

  /** The floor writes, byte for byte, the case lines the ndjson exporter wrote: the same output, nothing else. */
  @Test
  void theFloorWritesTheExportersCaseLinesByteForByte() throws Exception {
    Safeguard engine = org.safeguard.benchmarks.startup.StartupProbe.buildEngine();
    List<CaseFile> files = caseFiles(engine, 11L, 100);
    List<String> lines = fullNdjson(engine, files).toString(StandardCharsets.UTF_8).lines().toList();
    List<JsonTape> tapes = ExportBenchmark.tapes(engine, files);
    assertEquals(files.size(), tapes.size());
    for (int i = 0; i < tapes.size(); i++) {
      java.io.StringWriter again = new java.io.StringWriter();
      try (com.fasterxml.jackson.core.JsonGenerator json = new com.fasterxml.jackson.core.JsonFactory().createGenerator(again)) {
        tapes.get(i).writeTo(json);
      }
      assertEquals(lines.get(i + 1), again.toString(), "case " + i);
    }
  }

  private static List<CaseFile> caseFiles(Safeguard engine, long seed, int count) {
    List<CaseFile> files = new ArrayList<>();
    for (SyntheticCaseFiles.Worked w : SyntheticCaseFiles.generate(engine, seed, count)) {
      files.add(w.file());
    }
    return files;
  }

  /** The case files as the ndjson exporter writes them for the FULL purpose. */
  private static ByteArrayOutputStream fullNdjson(Safeguard engine, List<CaseFile> files) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportBenchmark.write(engine, "ndjson", ExportProfile.full(), files, out);
    return out;
  }
}
