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
/**
 * Log capture for Safeguard's own tests: an SLF4J provider that keeps every log line, and a JUnit
 * extension that fails any test whose log lines carry an answer or text declared never to be logged.
 */
module org.safeguard.logcapture {
  requires transitive org.junit.jupiter.api;
  requires transitive org.slf4j;
  requires static org.jspecify;
  // LogLeakHook is for jqwik on the class path, where the tests run; it is registered by its
  // services file only, so the module needs no jqwik when there is none
  requires static net.jqwik.api;

  exports org.safeguard.logcapture;

  provides org.junit.jupiter.api.extension.Extension with org.safeguard.logcapture.LogLeakCheck;
  provides org.slf4j.spi.SLF4JServiceProvider with org.safeguard.logcapture.CapturingLogProvider;
}
