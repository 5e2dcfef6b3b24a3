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

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Purpose;
import org.safeguard.export.Schemas;
import org.safeguard.model.InvalidInputException;
import org.safeguard.spi.ExportWriter;

/**
 * One page in progress: the head and its styles at once, a section for each cohort report and each
 * MARAC return as it comes (each kind numbered on its own), and
 * the end of the page at {@link #finish()}. Holds nothing of a report once written. The page is
 * well-formed XML as well as HTML (every element closed, void ones with {@code />}), so that any XML
 * parser reads it.
 */
final class ReportPageWriter implements ExportWriter {
  private static final String STYLE = "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1a1a1a;"
      + "background:#fff;margin:2rem auto;max-width:90rem;padding:0 1rem;line-height:1.4}"
      + "h1{font-size:1.6rem}h2{font-size:1.3rem;border-bottom:2px solid #0072B2;padding-bottom:.2rem;margin-top:2.5rem}"
      + "h3{font-size:1.05rem;margin:0 0 .5rem}"
      + "figure{margin:1.5rem 0}.pair{display:flex;flex-wrap:wrap;gap:2rem;align-items:flex-start}"
      + ".pair>div{flex:0 1 auto}svg{max-width:100%;height:auto}svg text{font-size:11px;fill:#1a1a1a}"
      + "svg .grid{stroke:#d0d0d0;stroke-width:1}"
      + "table{border-collapse:collapse;font-size:.85rem}caption{text-align:left;font-weight:600;padding-bottom:.3rem}"
      + "th,td{border:1px solid #c8c8c8;padding:.2rem .45rem;text-align:right}th[scope=row]{text-align:left;font-weight:normal}"
      + "thead th{background:#f0f4f8}.note{color:#444;font-size:.9rem}"
      + "tr.outside th{font-weight:600}.flag{color:#fff;background:#B3440A;padding:0 .3rem;border-radius:2px;font-weight:600}";

  private final Writer out;
  private final Purpose purpose;
  private int reports;
  private int returns;
  private boolean ended;

  ReportPageWriter(OutputStream stream, Purpose purpose) throws IOException {
    this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 14);
    this.purpose = purpose;
    out.write("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        + "<meta name=\"generator\" content=\"Safeguard " + HtmlReportExporter.ID + " " + HtmlReportExporter.VERSION + ", schemas "
        + Schemas.VERSION + "\"/>\n<title>Cohort outcome reports and MARAC returns</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n<main>\n"
        + "<h1>Cohort outcome reports and MARAC returns</h1>\n<p class=\"note\">" + madeFor(purpose) + "</p>\n");
  }

  private static String madeFor(Purpose purpose) {
    switch (purpose) {
      case RESEARCH:
        return "Made for research: counts of cases only. A count too small to publish is shown as &lt; and the threshold, "
            + "such as &lt;5, and [c] marks a count withheld so that a small one cannot be worked out from it. A rate with either "
            + "has no percentage and no bar, and a figure of a MARAC return resting on either is not shown.";
      case MARAC:
        return "Made for a MARAC: counts of cases only. A MARAC return leaves the service, so in it a count too small to publish is "
            + "shown as &lt; and the threshold, such as &lt;5, [c] marks a count withheld so that a small one cannot be worked out from "
            + "it, and a figure resting on either is not shown.";
      default:
        return "Made for the service's own use: counts of cases only, every count as counted.";
    }
  }

  @Override
  public void write(ExportRecord record) throws IOException {
    if (ended) {
      throw new IllegalStateException("the page is finished or abandoned");
    }
    if (record.schema() != Schemas.COHORT_REPORT && record.schema() != Schemas.MARAC_RETURN) {
      throw new InvalidInputException("record", record.schema().name(), "the report page takes only cohort-report and marac-return records");
    }
    if (record.purpose() != purpose) {
      throw new InvalidInputException("record", record.purpose(), "this export was opened for " + purpose + " and takes only records made for it");
    }
    if (record.schema() == Schemas.MARAC_RETURN) {
      returns++;
      ReturnSection.write(out, record, returns);
      return;
    }
    reports++;
    CohortSection.write(out, record, reports);
  }

  @Override
  public void finish() throws IOException {
    if (ended) {
      throw new IllegalStateException("the page is finished or abandoned");
    }
    ended = true;
    if (reports == 0 && returns == 0) {
      out.write("<p>This export holds no cohort report or MARAC return.</p>\n");
    }
    out.write("</main>\n</body>\n</html>\n");
    out.flush();
  }

  @Override
  public void abandon() {
    ended = true;
  }
}
