/**
 * The plugin test kit: JUnit 5 contract tests a plugin's own tests extend to prove the plugin keeps
 * the SPI's contract, for instrument, threshold-policy and intervention-catalogue providers and for
 * threshold policies shipped as files. Opened to JUnit, which runs the contracts' test methods.
 */
module org.safeguard.testkit {
  requires transitive org.junit.jupiter.api;
  requires transitive org.safeguard.spi;
  requires org.safeguard.core;

  exports org.safeguard.testkit;

  opens org.safeguard.testkit to org.junit.platform.commons;
}
