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
package org.safeguard.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * Runs one contract subclass on the JUnit Jupiter engine, as a plugin's build would, and says which
 * of the contract's tests failed and why. The kit's own tests use it to prove that each contract
 * catches a plugin broken in one known way, and only by the test meant to catch it.
 */
final class ContractRun {
  private final Class<?> contractClass;
  private final Map<String, Throwable> failures = new TreeMap<>();
  private final long started;
  private final long succeeded;
  private final long skipped;

  private ContractRun(Class<?> contractClass) {
    this.contractClass = contractClass;
    Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(contractClass)).execute().testEvents();
    for (Event event : tests.failed().list()) {
      String method = event.getTestDescriptor().getSource()
          .filter(MethodSource.class::isInstance)
          .map(source -> ((MethodSource) source).getMethodName())
          .orElse(event.getTestDescriptor().getDisplayName());
      failures.put(method, event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable).orElse(null));
    }
    this.started = tests.started().count();
    this.succeeded = tests.succeeded().count();
    this.skipped = tests.skipped().count() + tests.aborted().count();
  }

  /** Runs every test of {@code contractClass}, which extends one of the kit's contracts. */
  static ContractRun of(Class<?> contractClass) {
    return new ContractRun(contractClass);
  }

  /** The names of the tests that failed. */
  Set<String> failed() {
    return new TreeSet<>(failures.keySet());
  }

  /** Why a test failed. */
  String messageOf(String test) {
    Throwable cause = failures.get(test);
    return cause == null ? "" : String.valueOf(cause.getMessage());
  }

  /**
   * Every test the contract declares ran, and exactly {@code tests} failed: the broken plugin is
   * caught, and by the tests meant to catch it.
   */
  void assertOnlyFailed(String... tests) {
    assertEquals(contractTestCount(), started, "tests run of " + contractClass.getSimpleName());
    assertEquals(0, skipped, "tests skipped or aborted");
    assertEquals(new TreeSet<>(Arrays.asList(tests)), failed(), "failed tests, with messages " + messages());
    assertEquals(started - tests.length, succeeded, "tests passed");
  }

  private Map<String, String> messages() {
    Map<String, String> messages = new TreeMap<>();
    failures.keySet().forEach(test -> messages.put(test, messageOf(test)));
    return messages;
  }

  /** The @Test methods the contract class and its superclasses declare. */
  private long contractTestCount() {
    long count = 0;
    for (Class<?> type = contractClass; type != Object.class; type = type.getSuperclass()) {
      for (Method method : type.getDeclaredMethods()) {
        if (method.isAnnotationPresent(Test.class)) {
          count++;
        }
      }
    }
    return count;
  }
}
