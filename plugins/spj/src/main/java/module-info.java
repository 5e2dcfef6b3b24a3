/** B-SAFER-style structured professional judgement, in its 10- and 15-factor versions. */
module org.safeguard.plugins.spj {
  requires org.safeguard.spi;

  provides org.safeguard.spi.InstrumentProvider with
      org.safeguard.plugins.spj.BSaferTenFactorProvider,
      org.safeguard.plugins.spj.BSaferFifteenFactorProvider;
}
