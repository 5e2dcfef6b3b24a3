/** The HITS and HARK health-care screens. */
module org.safeguard.plugins.healthscreens {
  requires org.safeguard.spi;

  provides org.safeguard.spi.InstrumentProvider with
      org.safeguard.plugins.healthscreens.HitsProvider,
      org.safeguard.plugins.healthscreens.HarkProvider;
}
