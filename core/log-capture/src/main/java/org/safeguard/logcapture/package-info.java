/**
 * Log capture for Safeguard's own tests. {@link org.safeguard.logcapture.CapturingLogProvider} is
 * an SLF4J 2 provider that sends every log line to {@link org.safeguard.logcapture.CapturedLogs};
 * {@link org.safeguard.logcapture.LogLeakCheck}, registered for JUnit's extension auto-detection,
 * fails any test after which a log line carries an answer or text declared never to be logged. Put
 * this jar on a test class path, with no other SLF4J provider, to prove what reaches the logs.
 */
@NullMarked
package org.safeguard.logcapture;

import org.jspecify.annotations.NullMarked;

