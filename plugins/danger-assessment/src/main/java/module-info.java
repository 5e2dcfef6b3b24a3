/**
 * The Danger Assessment: a weighted sum whose licensed weights the licence holder supplies (none
 * are shipped), and the categories variable, increased, severe and extreme danger.
 */
module org.safeguard.plugins.dangerassessment {
  requires transitive org.safeguard.spi;

  exports org.safeguard.plugins.dangerassessment;

  provides org.safeguard.spi.InstrumentProvider with org.safeguard.plugins.dangerassessment.DangerAssessmentProvider;
}
