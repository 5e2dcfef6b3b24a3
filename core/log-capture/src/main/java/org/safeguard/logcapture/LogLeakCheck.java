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
 * Fails any test after which a log line carries an answer (an answer enum name as a whole word),
 * the planted marker {@link CapturedLogs#MARKER}, any text declared with
 * {@link CapturedLogs#neverLog}, or a line break: the capturing logger writes each call as one line
 * (the message and every message of its causes), so a line break in it came from input and could
 * forge a line of its own. Registered for JUnit's extension
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

  private static boolean breaksLine(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u000b' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  /** The lines that carry an answer word, the marker, declared text or a line break. */
  static List<String> leaks(List<String> lines) {
    List<String> found = new ArrayList<>();
    for (String line : lines) {
      if (ANSWER_WORD.matcher(line).find() || line.contains(CapturedLogs.MARKER) || breaksLine(line)
          || CapturedLogs.neverLogged().stream().anyMatch(line::contains)) {
        found.add(line);
      }
    }
    return found;
  }
}
