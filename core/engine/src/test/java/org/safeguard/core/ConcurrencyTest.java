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
