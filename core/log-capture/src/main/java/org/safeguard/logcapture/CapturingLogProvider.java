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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.NOPLogger;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * An SLF4J 2 provider, found through {@code META-INF/services}, that sends every log line to
 * {@link CapturedLogs}. Put the test kit on a test class path and no other SLF4J provider.
 *
 * <p>A module whose tests use a third-party library only to check Safeguard's output (a FHIR
 * validator, say) names that library's logger prefixes in the system property
 * {@value #NOT_CAPTURED}, comma-separated: their lines are dropped, not captured, since what they
 * log is theirs and not the engine's.
 */
public final class CapturingLogProvider implements SLF4JServiceProvider {
  /** The system property naming logger prefixes whose lines are not captured. */
  public static final String NOT_CAPTURED = "safeguard.logcapture.notCaptured";
  private static final String SAFEGUARD = "org.safeguard";

  /** The no-argument constructor ServiceLoader uses; it does nothing. */
  public CapturingLogProvider() {}

  private final ConcurrentMap<String, Logger> loggers = new ConcurrentHashMap<>();
  private final List<String> notCaptured = prefixes(System.getProperty(NOT_CAPTURED, ""));
  private final ILoggerFactory factory = name -> loggers.computeIfAbsent(name, n -> captured(n) ? new CapturingLogger(n) : NOPLogger.NOP_LOGGER);

  private boolean captured(String name) {
    for (String prefix : notCaptured) {
      if (name.equals(prefix) || name.startsWith(prefix + ".")) {
        return false;
      }
    }
    return true;
  }

  /** The prefixes named; one that would cover Safeguard's own loggers is refused, since those are always checked. */
  static List<String> prefixes(String property) {
    List<String> prefixes = new ArrayList<>();
    for (String p : property.split(",")) {
      String prefix = p.strip();
      if (prefix.isEmpty()) {
        continue;
      }
      if (SAFEGUARD.equals(prefix) || SAFEGUARD.startsWith(prefix + ".") || prefix.startsWith(SAFEGUARD + ".")) {
        throw new IllegalArgumentException(NOT_CAPTURED + " names " + prefix + ": Safeguard's own loggers are always captured and checked");
      }
      prefixes.add(prefix);
    }
    return prefixes;
  }

  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new BasicMDCAdapter();

  @Override
  public ILoggerFactory getLoggerFactory() {
    return factory;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {}
}
