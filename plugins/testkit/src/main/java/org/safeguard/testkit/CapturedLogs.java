package org.safeguard.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every log line written through SLF4J while the test kit is on the class path, formatted as
 * {@code LEVEL logger - message [exception]}. Tests read it to check what reaches a log; warnings
 * and errors are also echoed to standard error so they stay visible.
 */
public final class CapturedLogs {
  private static final List<String> LINES = new CopyOnWriteArrayList<>();

  private CapturedLogs() {}

  static void record(String line) {
    LINES.add(line);
  }

  /** A copy of every line captured since the start or the last {@link #clear()}. */
  public static List<String> lines() {
    return new ArrayList<>(LINES);
  }

  public static void clear() {
    LINES.clear();
  }
}
