/**
 * The plugin test kit: contract tests a plugin's own tests extend to prove the plugin keeps the
 * SPI's contract. {@link org.safeguard.testkit.InstrumentProviderContract}, {@link
 * org.safeguard.testkit.ThresholdPolicyProviderContract} and {@link
 * org.safeguard.testkit.InterventionCatalogProviderContract} take a provider; {@link
 * org.safeguard.testkit.ThresholdPolicyFileContract} takes a policy shipped as configuration. The
 * kit brings no logging backend and registers nothing with JUnit: it sits beside whatever the
 * plugin's build already uses.
 */
package org.safeguard.testkit;
