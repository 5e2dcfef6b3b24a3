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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.safeguard.csv.CsvInputException;

/**
 * The quickstart's options and files under generated input: known options with good and bad
 * values, files good, malformed, not UTF-8, missing or a directory, extreme numbers, unicode, huge
 * strings, nulls, in any order. Every run exits 0, 1 or 2; a failure is one line naming what is
 * wrong, never a cell of a file, never a stack trace; nothing is thrown; and neither the arguments
 * nor any file read are changed. Every cell of every generated file carries a mark, so that a
 * message carrying one shows.
 */
class CommandLineProperties {
  /** Every cell of a generated file starts with this. */
  private static final String MARK = "QXZ";
  private static final String HEADER = "case_id,first_name,last_name,age,threats-to-kill,incidents,previous_referrals,"
      + "override_level,override_assessor,override_reasons,override_rationale\n";
  private static final int MAX_LINE = 460;

  private static Path dir;
  /** The files a run may read, and their bytes, which no run may change. */
  private static final Map<Path, byte[]> INPUTS = new LinkedHashMap<>();
  private static final List<String> READ = new ArrayList<>();
  private static final List<String> WRITTEN = new ArrayList<>();

  @BeforeContainer
  static void makeFiles() throws IOException {
    dir = Files.createTempDirectory("quickstart-property");
    input("cases-good.csv", (HEADER + "T-1,QXZ Zorla,QXZ Testbury,34,yes,2026-05-01:VIOLENCE_OR_THREATS:POLICE,,,,,\n")
        .getBytes(StandardCharsets.UTF_8));
    input("cases-bad-answer.csv", (HEADER + "T-1,QXZ Zorla,QXZ Testbury,34,QXZ maybe,,,,,,\n").getBytes(StandardCharsets.UTF_8));
    input("cases-bad-rationale.csv", (HEADER + "T-1,QXZ Zorla,QXZ Testbury,34,yes,,,,,,\"QXZ hid, twice\"\n")
        .getBytes(StandardCharsets.UTF_8));
    input("cases-latin1.csv", (HEADER + "T-1,QXZ Z\u00f6rla,QXZ,34,yes,,,,,,\n").getBytes(StandardCharsets.ISO_8859_1));
    input("cases-utf16.csv", (HEADER + "T-1,QXZ,QXZ,34,yes,,,,,,\n").getBytes(StandardCharsets.UTF_16));
    input("cases-cr.csv", (HEADER + "T-1,QXZ,QXZ,34,yes,,,,,,\n").replace("\n", "\r").getBytes(StandardCharsets.UTF_8));
    input("cases-open-quote.csv", (HEADER + "T-1,\"QXZ,QXZ,34,yes,,,,,,\n").getBytes(StandardCharsets.UTF_8));
    input("empty.csv", new byte[0]);
    input("areas-good.csv", "area,adult_women,marac_cases,idva_fte\nQXZ North,1000,50,2.5\r\nQXZ South,2000,60,\"1,5\"\n"
        .replace("\"1,5\"", "1.5").getBytes(StandardCharsets.UTF_8));
    input("areas-huge.csv", "area,adult_women,marac_cases\nQXZ A,100,5000000000000000000\nQXZ B,100,9223372036854775807\n"
        .getBytes(StandardCharsets.UTF_8));
    input("areas-grouped.csv", "area,adult_women,marac_cases,idva_fte\nQXZ A,100,5,\"2,500\"\n".getBytes(StandardCharsets.UTF_8));
    input("areas-exponent.csv", "area,adult_women,marac_cases,idva_fte\nQXZ A,100,5,1e-99999\n".getBytes(StandardCharsets.UTF_8));
    input("team-good.csv", "role,salary,fte,adviser\nQXZ IDVA,30000,1,yes\n".getBytes(StandardCharsets.UTF_8));
    input("team-bad.csv", "role,salary,fte,adviser\nQXZ IDVA,QXZ lots,1,QXZ maybe\n".getBytes(StandardCharsets.UTF_8));
    input("policy.properties", "id=county\nversion=1\nbands.safelives-dash-ric.standard=0-9\nbands.safelives-dash-ric.medium=10-13\n"
        .concat("bands.safelives-dash-ric.high=14+\n").getBytes(StandardCharsets.UTF_8));
    Files.createDirectories(dir.resolve("a-directory"));
    READ.add(dir.resolve("a-directory").toString());
    READ.add(dir.resolve("missing.csv").toString());
    for (int i = 0; i < 4; i++) {
      WRITTEN.add(dir.resolve("out").resolve("written-" + i + ".txt").toString());
    }
    WRITTEN.add(dir.resolve("a-directory").toString());
  }

  private static void input(String name, byte[] bytes) throws IOException {
    Path file = Files.write(dir.resolve(name), bytes);
    INPUTS.put(file, bytes);
    READ.add(file.toString());
  }

  @AfterContainer
  static void removeFiles() throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  @Provide
  Arbitrary<String> junk() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of("--bogus", "-x", "", " ", "--", "-", "@junk", "--cases=", "--on-costs=1e-99999", "plan",
            "generate", "--help=yes", "\u0000", "--\u00e9", "ab\ncd")),
        Tuple.of(2, Arbitraries.strings().all().ofMaxLength(20)),
        Tuple.of(1, Arbitraries.integers().between(1_000, 100_000).map(n -> "--" + "x".repeat(n))));
  }

  @Provide
  Arbitrary<String> numbers() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of("0", "1", "20%", "0.2", "100%", "130%", "1.5", "-0.5", "1e-99999", "1E+2147483647",
            "1e-2147483647", "0.00000000001", "1,5", "NaN", "Infinity", "\u0661", "0x10", "9999", "10000", "60", "-1",
            "9223372036854775808", "99999999999999999999999")),
        Tuple.of(1, Arbitraries.strings().numeric().withChars(".%,-e").ofMaxLength(14)),
        Tuple.of(1, Arbitraries.integers().between(100, 50_000).map("9"::repeat)));
  }

  /** One argument, or an option with its value, so that no stray value ever names a file to write. */
  @Provide
  Arbitrary<List<String>> units() {
    Arbitrary<String> read = Arbitraries.of(READ);
    Arbitrary<String> written = Arbitraries.of(WRITTEN);
    return Arbitraries.frequencyOf(
        Tuple.of(3, Combinators.combine(Arbitraries.of("--cases", "--policy", "--areas", "--team"), read).as(List::of)),
        Tuple.of(2, written.map(out -> List.of("--out", out))),
        Tuple.of(3, Combinators.combine(Arbitraries.of("--on-costs", "--overheads", "--contingency"), numbers()).as(List::of)),
        Tuple.of(2, Arbitraries.of(List.of("--lenient"), List.of("--trace"), List.of("plan"))),
        Tuple.of(1, Combinators.combine(numbers(), numbers(), written).as((count, seed, file) -> List.of("generate", count, seed, file))),
        Tuple.of(2, junk().map(List::of)));
  }

  /** Any arguments in any order. */
  private Arbitrary<String[]> chaotic() {
    Arbitrary<List<String>> body = units().list().ofMaxSize(6).map(list -> {
      List<String> args = new ArrayList<>();
      list.forEach(args::addAll);
      return args;
    });
    // a dangling option, a help request or a null goes last, so that it takes no value meant for another
    Arbitrary<List<String>> last = Arbitraries.frequencyOf(
        Tuple.of(12, Arbitraries.just(List.<String>of())),
        Tuple.of(1, Arbitraries.of("--cases", "--out", "--on-costs", "--areas").map(List::of)),
        Tuple.of(1, Arbitraries.of(List.of("--help"), List.of("-h"))),
        Tuple.of(1, Arbitraries.just(Arrays.asList((String) null))));
    Arbitrary<Boolean> planFirst = Arbitraries.of(true, true, false);
    return Combinators.combine(planFirst, body, last).as((plan, args, end) -> {
      List<String> all = new ArrayList<>();
      if (plan) {
        all.add("plan");
      }
      all.addAll(args);
      all.addAll(end);
      return all.toArray(new String[0]);
    });
  }

  /** An option with one of these values, or (as often as {@code absent} in ten) not given. */
  private static Arbitrary<List<String>> maybe(String option, Arbitrary<String> values, int absent) {
    return Arbitraries.frequencyOf(Tuple.of(absent, Arbitraries.just(List.<String>of())),
        Tuple.of(10 - absent, values.map(value -> List.of(option, value))));
  }

  /** Files of a kind most of the time, any file to read some of the time. */
  private static Arbitrary<String> files(String prefix) {
    List<String> kind = READ.stream().filter(f -> Path.of(f).getFileName().toString().startsWith(prefix)).toList();
    return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(kind)), Tuple.of(1, Arbitraries.of(READ)));
  }

  /** A planning command shaped as a user would write one, with any files and rates. */
  private Arbitrary<String[]> plans() {
    return Combinators.combine(maybe("--areas", files("areas"), 2), maybe("--team", files("team"), 6),
        maybe("--on-costs", numbers(), 7), maybe("--overheads", numbers(), 8), maybe("--contingency", numbers(), 8),
        maybe("--out", Arbitraries.of(WRITTEN), 3), Arbitraries.of(List.<String>of(), List.of("--trace")))
        .as((areas, team, onCosts, overheads, contingency, out, trace) -> Stream.of(List.of("plan"), areas, team, onCosts,
            overheads, contingency, out, trace).flatMap(List::stream).toArray(String[]::new));
  }

  /** A screening run shaped as a user would write one, with any files. */
  private Arbitrary<String[]> screenings() {
    return Combinators.combine(maybe("--cases", files("cases"), 2), maybe("--policy", files("policy"), 8),
        maybe("--out", Arbitraries.of(WRITTEN), 1), Arbitraries.of(List.<String>of(), List.of("--lenient")))
        .as((cases, policy, out, lenient) -> Stream.of(cases, policy, out, lenient).flatMap(List::stream).toArray(String[]::new));
  }

  @Provide
  Arbitrary<String[]> commandLines() {
    return Arbitraries.frequencyOf(Tuple.of(4, chaotic()), Tuple.of(4, plans()), Tuple.of(2, screenings()));
  }

  @Property(tries = 1000)
  void anyCommandLineExitsZeroOneOrTwoWithOneLineAndNoCell(@ForAll("commandLines") String[] args) throws IOException {
    String[] given = args.clone();
    QuickstartRun run = QuickstartRun.of(args);

    assertArrayEquals(given, args, "the arguments are unchanged");
    for (Map.Entry<Path, byte[]> input : INPUTS.entrySet()) {
      assertArrayEquals(input.getValue(), Files.readAllBytes(input.getKey()), input.getKey() + " is unchanged");
    }
    assertTrue(run.status() >= 0 && run.status() <= 2, "exit status " + run.status());
    if (run.status() == 0) {
      assertEquals("", run.err());
      return;
    }
    List<String> lines = run.errLines();
    assertEquals(1, lines.size(), () -> "one line: " + run.err());
    String line = lines.get(0);
    assertTrue(line.startsWith("quickstart: ") || line.startsWith("plan: ") || line.startsWith("generate: "), line);
    assertFalse(line.contains(MARK), () -> "a cell in the message: " + line);
    assertFalse(line.contains("Exception") || line.contains("\tat "), () -> "no stack trace: " + line);
    assertTrue(line.length() <= MAX_LINE, () -> "a line of " + line.length() + " characters");
    if (run.status() == 2) {
      assertEquals("", run.out(), "bad arguments are refused before anything is printed");
      assertTrue(line.endsWith("(see --help)"), line);
    }
  }

  /** A shipped sample's row with one cell changed to something marked, or broken another way. */
  @Provide
  Arbitrary<String> caseFiles() {
    List<String> lines = CaseCsv.sampleText().lines().toList();
    int header = 0;
    while (lines.get(header).startsWith("#")) {
      header++;
    }
    String head = lines.get(header);
    List<String> rows = lines.subList(header + 1, lines.size());
    int columns = head.split(",", -1).length;
    Arbitrary<String> cell = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.strings().all().ofMaxLength(30).map(s -> MARK + s)),
        Tuple.of(2, Arbitraries.of("yes", "no", "not-known", "", "HIGH", "MEDIUM", "STANDARD", "130", "131", "-1", "2026-11-02",
            "2026-05-01:VIOLENCE_OR_THREATS:POLICE", "threats-to-kill:POLICE", "STALKING", "idva-1").map(s -> MARK + s)),
        Tuple.of(2, Arbitraries.of("yes", "no", "not-known", "", "HIGH", "34", "2026-05-01:VIOLENCE_OR_THREATS:POLICE",
            "threats-to-kill:POLICE", "STALKING", "idva-1")),
        Tuple.of(1, Arbitraries.integers().between(1_000, 40_000).map(n -> MARK + "x".repeat(n))));
    Arbitrary<String> quoted = cell.map(c -> '"' + c.replace("\"", "\"\"") + '"');
    return Combinators.combine(Arbitraries.of(rows), Arbitraries.integers().between(0, columns - 1), quoted,
        Arbitraries.of("\n", "\r", "\r\n"), Arbitraries.integers().between(0, 2)).as((row, at, value, newline, extra) -> {
          List<String> cells = new ArrayList<>(Arrays.asList(row.split(",", -1)));
          if (cells.size() != columns) {
            // a sample row with a quoted cell holding a comma: use it as it is
            return head + newline + row + newline;
          }
          cells.set(at, value);
          for (int i = 0; i < extra; i++) {
            cells.add(MARK + "extra");
          }
          return head + newline + String.join(",", cells) + newline;
        });
  }

  @Property(tries = 1000)
  void anyCasesFileIsReadOrRefusedByPlaceNeverByCell(@ForAll("caseFiles") String text) {
    try {
      List<SyntheticCase> cases = CaseCsv.read(text, "cases.csv", Fixtures.DASH_RIC, SyntheticCases.SCREENING_DATE);
      assertEquals(1, cases.size());
      Set<String> ids = new HashSet<>();
      for (SyntheticCase c : cases) {
        assertTrue(ids.add(c.caseId()));
        assertTrue(c.victimAge() >= 0 && c.victimAge() <= 130);
        assertTrue(c.caseId().matches("[A-Za-z0-9][A-Za-z0-9_-]{0,39}"), c.caseId());
      }
    } catch (CsvInputException e) {
      assertTrue(e.getMessage().startsWith("cases.csv "), e.getMessage());
      assertFalse(e.getMessage().contains(MARK), e.getMessage());
      assertFalse(e.value().contains(MARK), e.value());
      assertTrue(e.row().isPresent() && e.line().isPresent(), e.getMessage());
      assertFalse(e.field().isBlank());
      assertFalse(e.rule().isBlank());
    }
  }
}
