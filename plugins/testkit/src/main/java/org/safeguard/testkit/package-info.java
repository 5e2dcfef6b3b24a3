/**
 * The plugin test kit. Extend {@link org.safeguard.testkit.InstrumentProviderContract}, {@link
 * org.safeguard.testkit.ThresholdPolicyProviderContract} or {@link
 * org.safeguard.testkit.InterventionCatalogProviderContract} in a plugin's tests to prove the plugin
 * keeps the SPI's contract; {@link org.safeguard.testkit.CapturedLogs} shows every log line written
 * while the kit is on the test class path.
 */
package org.safeguard.testkit;
