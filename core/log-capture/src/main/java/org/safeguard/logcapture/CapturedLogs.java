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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every log line written through SLF4J while the test kit is on the class path, formatted as
 * {@code LEVEL logger - message [exception]}. Tests read it to check what reaches a log; warnings
 * and errors are printed to standard error as well only when {@code -Dsafeguard.logs.echo=true} is
 * given.
 */
public final class CapturedLogs {
  private static final List<String> LINES = new CopyOnWriteArrayList<>();
  /** Every line since the start, never cleared: what {@link LogLeakCheck} reads. */
  private static final List<String> EVERY = new CopyOnWriteArrayList<>();
  private static final Set<String> NEVER = ConcurrentHashMap.newKeySet();

  /**
   * A marker to plant in any free-text field or value a test feeds in (a note, an answer, a name,
   * a configuration value): {@link LogLeakCheck} fails the test if a log line ever carries it.
   */
  public static final String MARKER = "zz-planted-7f3a";

  private CapturedLogs() {}

  static void record(String line) {
    // one lock with forgetSince, so that a line is never half recorded while lines are dropped
    synchronized (EVERY) {
      LINES.add(line);
      EVERY.add(line);
    }
  }

  static int total() {
    return EVERY.size();
  }

  /** The lines from {@code index} on, read from one snapshot, whatever other threads log meanwhile. */
  static List<String> since(int index) {
    Object[] snapshot = EVERY.toArray();
    List<String> lines = new ArrayList<>();
    for (int i = Math.min(index, snapshot.length); i < snapshot.length; i++) {
      lines.add((String) snapshot[i]);
    }
    return lines;
  }

  /**
   * Drops the lines written since {@code index}: for this kit's own tests, which make leaks on
   * purpose to see them caught, and must not leave them for the check of the test around them.
   */
  static void forgetSince(int index) {
    synchronized (EVERY) {
      while (EVERY.size() > index) {
        String line = EVERY.remove(EVERY.size() - 1);
        int last = LINES.lastIndexOf(line);
        if (last >= 0) {
          LINES.remove(last);
        }
      }
    }
  }

  static Set<String> neverLogged() {
    return Set.copyOf(NEVER);
  }

  /**
   * Declares text that must never reach a log: a synthetic person's name, a practitioner's
   * rationale. {@link LogLeakCheck} fails any test after which a captured line contains it.
   */
  public static void neverLog(String... texts) {
    for (String text : texts) {
      if (text != null && !text.isBlank()) {
        NEVER.add(text);
      }
    }
  }

  /** A copy of every line captured since the start or the last {@link #clear()}. */
  public static List<String> lines() {
    return new ArrayList<>(LINES);
  }

  public static void clear() {
    LINES.clear();
  }
}
