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

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.Set;
import org.safeguard.export.Purpose;
import org.safeguard.export.Schemas;
import org.safeguard.spi.ExportWriter;
import org.safeguard.spi.Exporter;
import org.safeguard.spi.ExporterProvider;
import org.safeguard.spi.SetupContext;

/**
 * Cohort outcome reports and MARAC returns as one self-contained HTML page ({@code text/html}): no script, no
 * stylesheet or font fetched, nothing but the file. Each report is a section with three SVG
 * charts, each beside the table of the numbers it draws, for screen readers and for anyone who
 * wants the figures:
 *
 * <ul>
 *   <li>outcomes by number of interventions: each outcome measure's rate, band by band and over
 *       every case;
 *   <li>risk movement from intake (T1) to the outcome review (T2): for each level at intake, how
 *       many cases were at each level at review, or had none;
 *   <li>cessation by type of abuse: of the cases with a type at intake and a review that says,
 *       how many it had stopped for.
 * </ul>
 *
 * <p>A MARAC's periodic return is a section of its own: its period, MARACs and counts; a table of
 * its figures, each with the counts it rests on, its value, the range the service expects it in and
 * a visible "Outside expected range" flag; and the access table, each equality group's share of the
 * cases heard beside its share of the population and whether it is below, within or above it.
 *
 * <p>Every purpose is honoured: the engine has already applied it, and a report carries counts
 * only. Under research, and for a MARAC return under MARAC too, counts below the small-cell
 * threshold arrive suppressed; the page shows them as {@code <5} and a withheld one as
 * {@code [c]}, draws no bar for a rate it cannot compute, shows a return's figure resting on either
 * as "not shown", and says why.
 *
 * <p>Records are written as they come; a page holds any number of reports and returns, each numbered.
 */
public final class HtmlReportExporter implements ExporterProvider, Exporter {
  /** The exporter's id. */
  public static final String ID = "report-html";
  /** The exporter's version. */
  public static final String VERSION = "1.0";

  private static final Set<Purpose> PURPOSES = java.util.Collections.unmodifiableSet(EnumSet.allOf(Purpose.class));

  /** For ServiceLoader. */
  public HtmlReportExporter() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String version() {
    return VERSION;
  }

  @Override
  public Exporter load(SetupContext context) {
    return this;
  }

  @Override
  public String mediaType() {
    return "text/html";
  }

  @Override
  public String fileExtension() {
    return "html";
  }

  @Override
  public Set<String> records() {
    return Records.NAMES;
  }

  /** Held apart, so that loading the exporter does not build every export schema: they are built at the first call. */
  private static final class Records {
    static final Set<String> NAMES = Set.of(Schemas.COHORT_REPORT.name(), Schemas.MARAC_RETURN.name());
  }

  @Override
  public Set<Purpose> purposes() {
    return PURPOSES;
  }

  @Override
  public ExportWriter open(OutputStream out, Purpose purpose) throws IOException {
    return new ReportPageWriter(out, purpose);
  }
}
