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
 * The plugin test kit: contract tests a plugin's own tests extend to prove the plugin keeps the
 * SPI's contract. {@link org.safeguard.testkit.InstrumentProviderContract}, {@link
 * org.safeguard.testkit.ThresholdPolicyProviderContract}, {@link
 * org.safeguard.testkit.InterventionCatalogProviderContract}, {@link
 * org.safeguard.testkit.InstrumentMappingProviderContract} and {@link
 * org.safeguard.testkit.ExporterProviderContract} take a provider ({@link
 * org.safeguard.testkit.SampleRecords} makes the records exporters are tried with); {@link
 * org.safeguard.testkit.ThresholdPolicyFileContract} takes a policy shipped as configuration. The
 * kit brings no logging backend and registers nothing with JUnit: it sits beside whatever the
 * plugin's build already uses.
 */
package org.safeguard.testkit;
