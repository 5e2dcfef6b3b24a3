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
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.safeguard.core.assessment.JudgementReason;
import org.safeguard.core.marac.Incident;
import org.safeguard.csv.CsvColumns;
import org.safeguard.csv.CsvInputException;
import org.safeguard.csv.CsvRow;
import org.safeguard.csv.CsvTable;
import org.safeguard.model.Agency;
import org.safeguard.model.Answer;
import org.safeguard.model.IncidentType;
import org.safeguard.model.Instrument;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.Item;
import org.safeguard.model.Responses;
import org.safeguard.model.RiskLevel;

/**
 * Reads and writes cases as CSV, one row a case, so that a vendor can open the sample in a
 * spreadsheet or feed the quickstart their own (synthetic!) cases. The file is read by {@link
 * CsvTable} (safeguard-csv): comma-separated, strict UTF-8, fields with a comma, quote or line break
 * in double quotes (RFC 4180), CR, LF or CR LF line endings, lines starting with {@code #} are
 * comments, and its size limits. The columns, by header name, in any order:
 *
 * <table>
 *   <caption>Columns</caption>
 *   <tr><th>column</th><th>holds</th></tr>
 *   <tr><td>{@code case_id}</td><td>required; letters, digits, {@code -} and {@code _}, unique in the file</td></tr>
 *   <tr><td>{@code first_name}, {@code last_name}</td><td>made-up names; never printed or logged</td></tr>
 *   <tr><td>{@code age}</td><td>required; the victim's age in whole years on the screening date</td></tr>
 *   <tr><td>one column per item id of the instrument</td><td>{@code yes}, {@code no}, {@code not-known}, or empty
 *       for not asked; a missing item column means not asked for every case</td></tr>
 *   <tr><td>{@code sources}</td><td>where answers came from when not the victim:
 *       {@code item-id:AGENCY;item-id:AGENCY} ({@link Agency} names)</td></tr>
 *   <tr><td>{@code incidents}</td><td>{@code date:TYPE:AGENCY;...}, for example
 *       {@code 2026-03-14:VIOLENCE_OR_THREATS:POLICE} ({@link IncidentType} and {@link Agency} names)</td></tr>
 *   <tr><td>{@code previous_referrals}</td><td>dates of earlier MARAC referrals: {@code 2025-09-10;2024-12-01}</td></tr>
 *   <tr><td>{@code override_level}</td><td>professional judgement: {@code MEDIUM} or {@code HIGH}; empty for none</td></tr>
 *   <tr><td>{@code override_assessor}</td><td>the assessor's id, for example {@code idva-07}</td></tr>
 *   <tr><td>{@code override_reasons}</td><td>{@link JudgementReason} names: {@code STALKING;ESCALATION}</td></tr>
 *   <tr><td>{@code override_rationale}</td><td>the practitioner's words; never printed or logged</td></tr>
 * </table>
 *
 * <p>Every refusal is a {@link CsvInputException} naming the file, the row, the line and the column,
 * and the rule. A cell is never part of it: a cases file holds names, answers and the
 * practitioner's words.
 */
public final class CaseCsv {
  public static final String CASE_ID = "case_id";
  public static final String FIRST_NAME = "first_name";
  public static final String LAST_NAME = "last_name";
  public static final String AGE = "age";
  public static final String SOURCES = "sources";
  public static final String INCIDENTS = "incidents";
  public static final String PREVIOUS_REFERRALS = "previous_referrals";
  public static final String OVERRIDE_LEVEL = "override_level";
  public static final String OVERRIDE_ASSESSOR = "override_assessor";
  public static final String OVERRIDE_REASONS = "override_reasons";
  public static final String OVERRIDE_RATIONALE = "override_rationale";

  /** The shipped sample, a resource next to this class. */
  public static final String SAMPLE_RESOURCE = "sample-cases.csv";

  private static final List<String> LEADING = List.of(CASE_ID, FIRST_NAME, LAST_NAME, AGE);
  private static final List<String> TRAILING =
      List.of(SOURCES, INCIDENTS, PREVIOUS_REFERRALS, OVERRIDE_LEVEL, OVERRIDE_ASSESSOR, OVERRIDE_REASONS, OVERRIDE_RATIONALE);
  private static final Pattern CASE_ID_PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");

  private CaseCsv() {}

  /** Reads the shipped sample of synthetic cases. */
  public static List<SyntheticCase> readSample(Instrument instrument, LocalDate asOf) {
    return read(sampleText(), SAMPLE_RESOURCE, instrument, asOf);
  }

  /** The shipped sample exactly as stored. */
  public static String sampleText() {
    try (InputStream in = CaseCsv.class.getResourceAsStream(SAMPLE_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SAMPLE_RESOURCE + " is missing from the class path; the jar was built without its resources");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SAMPLE_RESOURCE, e);
    }
  }

  /**
   * Reads a cases file; errors name the file as given.
   *
   * @throws CsvInputException if the file cannot be read or breaks a rule, naming where, never a cell
   */
  public static List<SyntheticCase> read(Path file, Instrument instrument, LocalDate asOf) {
    return cases(CsvTable.read(file, columns(instrument)), instrument, asOf);
  }

  /**
   * Reads cases from CSV text.
   *
   * @param source names the file in error messages
   * @param asOf the screening date; incidents and referrals after it are refused
   * @throws CsvInputException naming the row, line and column of the first problem, never a cell
   */
  public static List<SyntheticCase> read(String text, String source, Instrument instrument, LocalDate asOf) {
    return cases(CsvTable.read(text, source, columns(instrument)), instrument, asOf);
  }

  /** The columns of a cases file for an instrument: the fixed ones and one an item. */
  static CsvColumns columns(Instrument instrument) {
    List<String> known = new ArrayList<>(LEADING);
    for (Item item : instrument.items()) {
      known.add(item.id());
    }
    known.addAll(TRAILING);
    return new CsvColumns("cases", known, List.of(CASE_ID, AGE),
        "not a column of a cases file, nor an item of " + instrument.id() + " " + instrument.version());
  }

  private static List<SyntheticCase> cases(CsvTable table, Instrument instrument, LocalDate asOf) {
    if (table.rows().isEmpty()) {
      throw table.refuseFile("at least one case after the header row");
    }
    List<SyntheticCase> cases = new ArrayList<>(table.rows().size());
    Map<String, Integer> seen = new HashMap<>();
    for (CsvRow row : table.rows()) {
      SyntheticCase c = new RowReader(row).toCase(instrument, asOf);
      Integer first = seen.putIfAbsent(c.caseId(), row.row());
      if (first != null) {
        throw row.refuse(CASE_ID, "each case id appears once; it is also on row " + first);
      }
      cases.add(c);
    }
    return cases;
  }

  /**
   * Writes cases as CSV, item columns in the instrument's order, after comment lines describing the
   * file and its columns.
   *
   * @param description one line saying where the cases came from
   */
  public static String format(List<SyntheticCase> cases, Instrument instrument, String description) {
    List<String> itemIds = instrument.items().stream().map(Item::id).toList();
    StringBuilder out = new StringBuilder();
    out.append("# Safeguard quickstart cases: made-up people; no real person is described.\n");
    out.append("# ").append(description).append('\n');
    out.append("# One row a case. Columns (see CaseCsv):\n");
    out.append("#   case_id, first_name, last_name, age (whole years on the screening date),\n");
    out.append("#   one column per ").append(instrument.id()).append(' ').append(instrument.version())
        .append(" item (yes, no, not-known; empty = not asked),\n");
    out.append("#   sources (item-id:AGENCY;...), incidents (date:TYPE:AGENCY;...), previous_referrals (date;...),\n");
    out.append("#   override_level (MEDIUM or HIGH; empty = none), override_assessor, override_reasons (REASON;...),\n");
    out.append("#   override_rationale (free text). Names and rationale are never printed or logged.\n");

    List<String> header = new ArrayList<>(LEADING);
    header.addAll(itemIds);
    header.addAll(TRAILING);
    appendRow(out, header);

    for (SyntheticCase c : cases) {
      List<String> fields = new ArrayList<>(header.size());
      fields.add(c.caseId());
      fields.add(c.firstName());
      fields.add(c.lastName());
      fields.add(Integer.toString(c.victimAge()));
      Responses responses = c.responses();
      List<String> sources = new ArrayList<>();
      for (String itemId : itemIds) {
        fields.add(word(responses.answer(itemId)));
        responses.sourceOf(itemId).ifPresent(agency -> sources.add(itemId + ":" + agency.name()));
      }
      fields.add(String.join(";", sources));
      fields.add(String.join(";", c.incidents().stream()
          .map(i -> i.date() + ":" + i.type().name() + ":" + i.reportedBy().name()).toList()));
      fields.add(String.join(";", c.previousReferrals().stream().map(LocalDate::toString).toList()));
      Optional<Judgement> j = c.judgement();
      fields.add(j.map(x -> x.level().name()).orElse(""));
      fields.add(j.map(Judgement::assessorId).orElse(""));
      fields.add(j.map(x -> String.join(";", x.reasons().stream().map(Enum::name).toList())).orElse(""));
      fields.add(j.map(Judgement::rationale).orElse(""));
      appendRow(out, fields);
    }
    return out.toString();
  }

  private static String word(Answer answer) {
    switch (answer) {
      case YES:
        return "yes";
      case NO:
        return "no";
      case NOT_KNOWN:
        return "not-known";
      default:
        return "";
    }
  }

  private static void appendRow(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String f = fields.get(i);
      if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
        out.append('"').append(f.replace("\"", "\"\"")).append('"');
      } else {
        out.append(f);
      }
    }
    out.append('\n');
  }

  /** Reads the cells of one data row; each refusal says where it is and never what the cell holds. */
  private static final class RowReader {
    private final CsvRow row;

    RowReader(CsvRow row) {
      this.row = row;
    }

    SyntheticCase toCase(Instrument instrument, LocalDate asOf) {
      String caseId = row.label(CASE_ID, true);
      if (!CASE_ID_PATTERN.matcher(caseId).matches()) {
        throw row.refuse(CASE_ID, "up to 40 letters, digits, '-' or '_', starting with a letter or digit");
      }
      SyntheticCase c = new SyntheticCase(
          caseId,
          text(FIRST_NAME),
          text(LAST_NAME),
          age(),
          responses(instrument),
          incidents(),
          referrals(),
          judgement());
      try {
        c.history(asOf);
      } catch (InvalidInputException e) {
        String field = e.field().startsWith("incidents") ? INCIDENTS
            : e.field().startsWith("previousReferrals") ? PREVIOUS_REFERRALS : AGE;
        throw row.refuse(field, e.rule());
      }
      return c;
    }

    private int age() {
      OptionalLong age = row.count(AGE, 130);
      if (age.isEmpty()) {
        throw row.refuse(AGE, "every case gives the victim's age in whole years");
      }
      return (int) age.getAsLong();
    }

    private Responses responses(Instrument instrument) {
      Responses.Builder builder = Responses.builder(instrument);
      for (Item item : instrument.items()) {
        String word = text(item.id());
        if (!word.isEmpty()) {
          try {
            builder.answer(item.id(), word);
          } catch (InvalidInputException e) {
            throw row.refuse(item.id(), "yes, no, not-known, or empty for not asked");
          }
        }
      }
      for (String entry : list(text(SOURCES))) {
        String[] parts = entry.split(":", -1);
        if (parts.length != 2) {
          throw row.refuse(SOURCES, "item-id:AGENCY, for example threats-to-kill:POLICE");
        }
        Agency agency = enumValue(Agency.class, SOURCES, parts[1]);
        try {
          builder.source(parts[0], agency);
        } catch (InvalidInputException e) {
          throw row.refuse(SOURCES, "each entry names an item of " + instrument.id() + " answered in this row");
        }
      }
      try {
        return builder.build();
      } catch (InvalidInputException e) {
        throw row.refuse(SOURCES, "each entry names an item of " + instrument.id() + " answered in this row");
      }
    }

    private List<Incident> incidents() {
      List<Incident> incidents = new ArrayList<>();
      for (String entry : list(text(INCIDENTS))) {
        String[] parts = entry.split(":", -1);
        if (parts.length != 3) {
          throw row.refuse(INCIDENTS, "date:TYPE:AGENCY, for example 2026-03-14:VIOLENCE_OR_THREATS:POLICE");
        }
        incidents.add(Incident.of(date(INCIDENTS, parts[0]), enumValue(IncidentType.class, INCIDENTS, parts[1]),
            enumValue(Agency.class, INCIDENTS, parts[2])));
      }
      return incidents;
    }

    private List<LocalDate> referrals() {
      List<LocalDate> dates = new ArrayList<>();
      for (String entry : list(text(PREVIOUS_REFERRALS))) {
        dates.add(date(PREVIOUS_REFERRALS, entry));
      }
      return dates;
    }

    private Optional<Judgement> judgement() {
      String level = text(OVERRIDE_LEVEL);
      if (level.isEmpty()) {
        for (String column : List.of(OVERRIDE_ASSESSOR, OVERRIDE_REASONS, OVERRIDE_RATIONALE)) {
          if (!text(column).isEmpty()) {
            throw row.refuse(column, "given without override_level; set the level or leave this empty");
          }
        }
        return Optional.empty();
      }
      RiskLevel raisedTo = enumValue(RiskLevel.class, OVERRIDE_LEVEL, level);
      if (raisedTo == RiskLevel.STANDARD) {
        throw row.refuse(OVERRIDE_LEVEL, "MEDIUM or HIGH: professional judgement only raises a level");
      }
      String assessor = row.label(OVERRIDE_ASSESSOR, false);
      if (assessor.isEmpty()) {
        throw row.refuse(OVERRIDE_ASSESSOR, "an override names the assessor who made it");
      }
      List<JudgementReason> reasons = new ArrayList<>();
      for (String reason : list(text(OVERRIDE_REASONS))) {
        reasons.add(enumValue(JudgementReason.class, OVERRIDE_REASONS, reason));
      }
      String rationale = text(OVERRIDE_RATIONALE);
      if (rationale.isEmpty()) {
        throw row.refuse(OVERRIDE_RATIONALE, "an override gives the assessor's rationale");
      }
      return Optional.of(new Judgement(raisedTo, assessor, reasons, rationale));
    }

    private LocalDate date(String column, String value) {
      try {
        return LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw row.refuse(column, "dates written yyyy-mm-dd");
      }
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, String column, String value) {
      try {
        return Enum.valueOf(type, value.strip());
      } catch (IllegalArgumentException e) {
        throw row.refuse(column, "each one of " + Arrays.toString(type.getEnumConstants()));
      }
    }

    /** The cell under a column, stripped; empty when the file has no such column. */
    private String text(String column) {
      return row.text(column);
    }

    private static List<String> list(String field) {
      if (field.isEmpty()) {
        return List.of();
      }
      return Arrays.stream(field.split(";", -1)).map(String::strip).toList();
    }
  }
}
