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
package org.safeguard.plugins.reporthtml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.safeguard.core.Safeguard;
import org.safeguard.core.export.ExportProfile;
import org.safeguard.core.export.ExportSession;
import org.safeguard.core.outcome.CohortReport;
import org.safeguard.core.outcome.ReportParameters;
import org.safeguard.model.ThresholdPolicy;
import org.safeguard.synthetic.SyntheticCohort;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Report pages made through the engine from generated cohorts, and read as XML for the tests. */
final class Pages {
  private Pages() {}

  static final byte[] KEY = "a research key of thirty-two bytes, synthetic".getBytes(java.nio.charset.StandardCharsets.UTF_8);

  static final Safeguard ENGINE = Safeguard.builder().thresholdPolicy(ThresholdPolicy.builder().id("no-bands").version("1").build()).build();

  /** The report on the first {@code n} cases of the generated cohort with this seed, by the default parameters. */
  static CohortReport report(long seed, int n) {
    return SyntheticCohort.withDefaults(seed).packed(n).report(ReportParameters.defaults());
  }

  /** A page of these reports, exported under the profile. */
  static byte[] page(ExportProfile profile, CohortReport... reports) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ExportSession session = ENGINE.export(HtmlReportExporter.ID, profile, out)) {
      for (CohortReport r : reports) {
        session.write(r);
      }
    }
    return out.toByteArray();
  }

  static Document parse(byte[] page) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
      f.setExpandEntityReferences(false);
      return f.newDocumentBuilder().parse(new ByteArrayInputStream(page));
    } catch (Exception e) {
      throw new AssertionError("the page is not well-formed: " + e, e);
    }
  }

  static List<String> texts(Document page, String xpath) {
    NodeList nodes = nodes(page, xpath);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }

  static NodeList nodes(Document page, String xpath) {
    XPath x = XPathFactory.newInstance().newXPath();
    try {
      return (NodeList) x.evaluate(xpath, page, XPathConstants.NODESET);
    } catch (XPathExpressionException e) {
      throw new AssertionError(xpath, e);
    }
  }
}
