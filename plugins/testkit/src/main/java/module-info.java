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
 * The plugin test kit: JUnit 5 contract tests a plugin's own tests extend to prove the plugin keeps
 * the SPI's contract, for instrument, threshold-policy, intervention-catalogue, instrument-mapping
 * and exporter providers and for threshold policies shipped as files. Opened to JUnit, which runs the contracts' test methods.
 */
module org.safeguard.testkit {
  requires transitive org.junit.jupiter.api;
  requires transitive org.safeguard.spi;
  requires org.safeguard.core;

  exports org.safeguard.testkit;

  opens org.safeguard.testkit to org.junit.platform.commons;
}
