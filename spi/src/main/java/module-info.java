/**
 * The Safeguard SPI: the stable contract a plugin implements against. {@code org.safeguard.model}
 * holds the small model a plugin builds (instruments, items, answers, responses, scores, rating
 * scales, bands, threshold policies and MARAC parameters, intervention catalogues);
 * {@code org.safeguard.spi} holds the extension points the engine finds with
 * {@link java.util.ServiceLoader}. No runtime dependencies at all.
 */
module org.safeguard.spi {
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports org.safeguard.model;
  exports org.safeguard.spi;
}
