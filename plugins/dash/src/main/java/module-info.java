/**
 * The Dash family: the SafeLives Dash RIC, the police DASH 2009 and its mapping onto the RIC, the
 * S-DASH stalking supplement, and the SafeLives threshold policy, shipped as a file.
 */
module org.safeguard.plugins.dash {
  requires transitive org.safeguard.spi;

  exports org.safeguard.plugins.dash;

  provides org.safeguard.spi.InstrumentProvider with
      org.safeguard.plugins.dash.DashRicProvider,
      org.safeguard.plugins.dash.PoliceDashProvider,
      org.safeguard.plugins.dash.SDashProvider;
}
