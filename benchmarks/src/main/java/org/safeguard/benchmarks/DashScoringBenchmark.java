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

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.safeguard.benchmarks.startup.StartupProbe;
import org.safeguard.core.Safeguard;
import org.safeguard.model.Answer;
import org.safeguard.model.Instrument;
import org.safeguard.model.Responses;
import org.safeguard.synthetic.SyntheticChecklists;

/**
 * Dash RIC scoring through Safeguard's public API against the map-based scorer a vendor writes
 * ({@link VendorMapScorer}), side by side in one run, over the same {@value #CHECKLISTS} seeded
 * synthetic checklists.
 *
 * <p>Each checklist is prepared twice in {@link #setup()}: as a Safeguard {@link Responses} (the
 * prepared answer set an application holds) and as the vendor's {@code Map<String, String>} of item
 * id to answer word, its keys and values fresh {@code String} objects as a database driver returns
 * them. Every benchmark scores all checklists per invocation and reports the time per checklist;
 * every result goes to the {@link Blackhole}, so nothing is folded away.
 *
 * <ul>
 *   <li>{@code vendorMapScorer}: the vendor's score and level from the map.
 *   <li>{@code safeguardRawScore}: {@link Instrument#rawScore}, the instrument's scoring rule only.
 *   <li>{@code safeguardAssess}: {@link Safeguard#assess}, the full explained assessment: score with
 *       its counts and validity, band, computed level, policy id and version.
 * </ul>
 *
 * <p>{@code DashScoringAgreementTest} checks that the three give the same score and level on
 * every prepared checklist.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DashScoringBenchmark {
  /** Checklists scored per invocation. */
  public static final int CHECKLISTS = 1024;

  /** The seed of the synthetic checklists; fixed so every run scores the same answers. */
  public static final long SEED = 0x5AFE_6A7DL;

  static final String INSTRUMENT = "safelives-dash-ric";

  Safeguard safeguard;
  Instrument instrument;
  /** The answers as generated, in the instrument's item order; kept for the agreement test. */
  List<Answer[]> answers;
  Responses[] responses;
  Map<String, String>[] vendorForms;

  @Setup(Level.Trial)
  public void setup() {
    // the engine as the start-up probe builds it: every plugin on this jar's class path, strictly
    safeguard = StartupProbe.buildEngine();
    instrument = safeguard.instrument(INSTRUMENT);
    List<String> itemIds = instrument.items().stream().map(item -> item.id()).toList();
    answers = SyntheticChecklists.generate(SEED, CHECKLISTS, itemIds.size());
    responses = new Responses[CHECKLISTS];
    vendorForms = newMapArray(CHECKLISTS);
    for (int c = 0; c < CHECKLISTS; c++) {
      Answer[] checklist = answers.get(c);
      Responses.Builder builder = safeguard.responses(INSTRUMENT);
      Map<String, String> form = new HashMap<>();
      for (int i = 0; i < checklist.length; i++) {
        String itemId = itemIds.get(i);
        if (checklist[i] != Answer.NOT_ASKED) {
          builder.answer(itemId, checklist[i]);
          form.put(fromDatabase(itemId), fromDatabase(vendorWord(checklist[i])));
        }
      }
      responses[c] = builder.build();
      vendorForms[c] = form;
    }
  }

  @Benchmark
  @OperationsPerInvocation(CHECKLISTS)
  public void vendorMapScorer(Blackhole bh) {
    for (Map<String, String> form : vendorForms) {
      int score = VendorMapScorer.score(form);
      bh.consume(score);
      bh.consume(VendorMapScorer.level(score));
    }
  }

  @Benchmark
  @OperationsPerInvocation(CHECKLISTS)
  public void safeguardRawScore(Blackhole bh) {
    for (Responses r : responses) {
      bh.consume(instrument.rawScore(r));
    }
  }

  @Benchmark
  @OperationsPerInvocation(CHECKLISTS)
  public void safeguardAssess(Blackhole bh) {
    for (Responses r : responses) {
      bh.consume(safeguard.assess(r));
    }
  }

  /** The word the vendor's database stores for an answer; not asked is stored as no row at all. */
  static String vendorWord(Answer answer) {
    switch (answer) {
      case YES:
        return "YES";
      case NO:
        return "NO";
      case NOT_KNOWN:
        return "DONT_KNOW";
      default:
        throw new IllegalArgumentException("not stored: " + answer);
    }
  }

  /**
   * A string as a database driver returns it: a new object with its own characters, never the
   * interned literal, so comparing it is a real comparison and not an identity check.
   */
  private static String fromDatabase(String s) {
    return new String(s.toCharArray());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String>[] newMapArray(int n) {
    return (Map<String, String>[]) new Map<?, ?>[n];
  }
}
