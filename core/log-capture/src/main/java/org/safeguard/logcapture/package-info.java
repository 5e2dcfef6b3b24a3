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
 * Log capture for Safeguard's own tests. {@link org.safeguard.logcapture.CapturingLogProvider} is
 * an SLF4J 2 provider that sends every log line to {@link org.safeguard.logcapture.CapturedLogs};
 * {@link org.safeguard.logcapture.LogLeakCheck}, registered for JUnit's extension auto-detection,
 * fails any test after which a log line carries an answer or text declared never to be logged. Put
 * this jar on a test class path, with no other SLF4J provider, to prove what reaches the logs.
 */
@NullMarked
package org.safeguard.logcapture;

import org.jspecify.annotations.NullMarked;

