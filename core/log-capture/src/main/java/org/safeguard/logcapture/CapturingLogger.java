package org.safeguard.logcapture;

import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** Formats each call as one line and hands it to {@link CapturedLogs}. Every level is enabled. */
final class CapturingLogger extends LegacyAbstractLogger {
  private static final long serialVersionUID = 1L;

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
    String line = level + " " + name + " - " + message + (throwable == null ? "" : " [" + throwable + "]");
    CapturedLogs.record(line);
    if (level.toInt() >= Level.WARN.toInt()) {
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
