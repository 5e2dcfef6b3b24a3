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
package org.safeguard.logcapture;

import java.util.List;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * {@link LogLeakCheck}'s rule for jqwik's properties, which JUnit's extensions do not reach: a
 * property after whose tries a log line carries an answer word, the planted
 * {@link CapturedLogs#MARKER}, declared text or a line break fails, naming the lines. Registered
 * for jqwik as a global lifecycle hook through its services file, so every property of every module
 * with this kit and jqwik on its test class path is checked.
 */
public final class LogLeakHook implements AroundPropertyHook {
  /** The no-argument constructor jqwik's ServiceLoader uses; it does nothing. */
  public LogLeakHook() {}

  /** Every property of every container, not only those the hook is declared on. */
  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
    int start = CapturedLogs.total();
    PropertyExecutionResult result = property.execute();
    List<String> leaks = LogLeakCheck.leaks(CapturedLogs.since(start));
    if (leaks.isEmpty() || result.status() != PropertyExecutionResult.Status.SUCCESSFUL) {
      return result;
    }
    return result.mapToFailed(
        new AssertionError("log lines written during " + context.label() + " carry what must never be logged: " + leaks));
  }
}
