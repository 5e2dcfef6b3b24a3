/**
 * The LAP Lethality Screen: screened in on any of questions 1 to 3, four or more of 4 to 11, or the
 * responder's belief.
 */
module org.safeguard.plugins.lethalityscreen {
  requires transitive org.safeguard.spi;

  exports org.safeguard.plugins.lethalityscreen;

  provides org.safeguard.spi.InstrumentProvider with org.safeguard.plugins.lethalityscreen.LethalityScreenProvider;
}
