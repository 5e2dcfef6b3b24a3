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
package org.safeguard.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.model.Answer;
import org.safeguard.model.Responses;

/** One engine shared by many threads gives each thread what it would get alone. */
class ConcurrencyTest {
  @Test
  void manyThreadsAssessingThroughOneEngineGetTheSameResultsAsOneThread() throws Exception {
    Safeguard engine = Fixtures.engine();
    String[] items = Fixtures.ITEMS.split(" ");
    Random random = new Random(42);
    List<Responses> inputs = new ArrayList<>();
    for (int n = 0; n < 2_000; n++) {
      Responses.Builder b = engine.responses("test-checklist");
      for (String item : items) {
        b.answer(item, Answer.values()[random.nextInt(4)]);
      }
      inputs.add(b.build());
    }
    List<Assessment> alone = inputs.stream().map(engine::assess).toList();

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<List<Assessment>>> tasks = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        tasks.add(() -> inputs.stream().map(engine::assess).toList());
      }
      for (Future<List<Assessment>> result : pool.invokeAll(tasks)) {
        assertEquals(alone, result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
