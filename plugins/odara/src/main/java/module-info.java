/** ODARA, with its seven published bins and a configurable missing-item rule. */
module org.safeguard.plugins.odara {
  requires org.safeguard.spi;

  provides org.safeguard.spi.InstrumentProvider with
      org.safeguard.plugins.odara.OdaraProvider;
}
