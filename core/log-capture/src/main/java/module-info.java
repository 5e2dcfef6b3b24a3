/**
 * Log capture for Safeguard's own tests: an SLF4J provider that keeps every log line, and a JUnit
 * extension that fails any test whose log lines carry an answer or text declared never to be logged.
 */
module org.safeguard.logcapture {
  requires transitive org.junit.jupiter.api;
  requires transitive org.slf4j;
  requires static org.jspecify;

  exports org.safeguard.logcapture;

  provides org.junit.jupiter.api.extension.Extension with org.safeguard.logcapture.LogLeakCheck;
  provides org.slf4j.spi.SLF4JServiceProvider with org.safeguard.logcapture.CapturingLogProvider;
}
