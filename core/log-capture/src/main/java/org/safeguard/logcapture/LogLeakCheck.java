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

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails any test after which a log line carries an answer (an answer enum name as a whole word) or
 * any text declared with {@link CapturedLogs#neverLog}. Registered for JUnit's extension
 * auto-detection, so with {@code junit.jupiter.extensions.autodetection.enabled=true} every test
 * of every module with the kit on its class path is checked, not only the tests that look.
 */
public final class LogLeakCheck implements BeforeEachCallback, AfterEachCallback {
  private static final Pattern ANSWER_WORD = Pattern.compile("\\b(YES|NO|NOT_KNOWN|NOT_ASKED)\\b");
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LogLeakCheck.class);

  /** The no-argument constructor ServiceLoader uses; it does nothing. */
  public LogLeakCheck() {}

  @Override
  public void beforeEach(ExtensionContext context) {
    context.getStore(NAMESPACE).put("start", CapturedLogs.total());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Integer start = context.getStore(NAMESPACE).get("start", Integer.class);
    List<String> leaks = leaks(CapturedLogs.since(start == null ? 0 : start));
    if (!leaks.isEmpty()) {
      throw new AssertionError("log lines written during " + context.getDisplayName() + " carry what must never be logged: " + leaks);
    }
  }

  /** The lines that carry an answer word or declared text. */
  static List<String> leaks(List<String> lines) {
    List<String> found = new ArrayList<>();
    for (String line : lines) {
      if (ANSWER_WORD.matcher(line).find() || CapturedLogs.neverLogged().stream().anyMatch(line::contains)) {
        found.add(line);
      }
    }
    return found;
  }
}
