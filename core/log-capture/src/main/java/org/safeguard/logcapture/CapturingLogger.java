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

import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * Formats each call as one line and hands it to {@link CapturedLogs}. Every level is enabled.
 * Warnings and errors are also printed to standard error when the system property
 * {@value #ECHO_PROPERTY} is {@code true} ({@code ./mvnw verify -Dsafeguard.logs.echo=true}): off by
 * default, because the lenient-loading tests warn thousands of times on purpose, and printed they
 * buried the build's own output.
 */
final class CapturingLogger extends LegacyAbstractLogger {
  private static final long serialVersionUID = 1L;
  /** The system property that turns on printing warnings and errors to standard error. */
  static final String ECHO_PROPERTY = "safeguard.logs.echo";

  private static final boolean ECHO = Boolean.getBoolean(ECHO_PROPERTY);

  CapturingLogger(String name) {
    this.name = name;
  }

  @Override
  protected String getFullyQualifiedCallerName() {
    return null;
  }

  @Override
  protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments, Throwable throwable) {
    String message = MessageFormatter.basicArrayFormat(pattern, arguments);
    StringBuilder line = new StringBuilder().append(level).append(' ').append(name).append(" - ").append(message);
    // every message in the cause chain, as a logging framework would print them under the line
    for (Throwable t = throwable; t != null; t = t.getCause() == t ? null : t.getCause()) {
      line.append(" [").append(t).append(']');
    }
    CapturedLogs.record(line.toString());
    if (ECHO && level.toInt() >= Level.WARN.toInt()) {
      System.err.println(line);
    }
  }

  @Override
  public boolean isTraceEnabled() {
    return true;
  }

  @Override
  public boolean isDebugEnabled() {
    return true;
  }

  @Override
  public boolean isInfoEnabled() {
    return true;
  }

  @Override
  public boolean isWarnEnabled() {
    return true;
  }

  @Override
  public boolean isErrorEnabled() {
    return true;
  }
}
